ALTER TABLE `organisations` ADD `proposed_name` text;--> statement-breakpoint
ALTER TABLE `organisations` ADD `suspended_at` integer;