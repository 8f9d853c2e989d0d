ALTER TABLE `events` ADD `delegates_need_focal_point` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `registrations` ADD `government_delegate` integer DEFAULT false NOT NULL;