ALTER TABLE `focal_points` ADD `designated_at` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
UPDATE `focal_points` SET `designated_at` = `created_at`;
