CREATE TABLE `registrations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`event_id` integer NOT NULL,
	`token` text NOT NULL,
	`status` text NOT NULL,
	`first_name` text NOT NULL,
	`last_name` text NOT NULL,
	`email` text NOT NULL,
	`email_key` text NOT NULL,
	`organisation` text NOT NULL,
	`organisation_type` text NOT NULL,
	`country` text NOT NULL,
	`job_title` text NOT NULL,
	`gender` text,
	`accessibility_needs` text,
	`lang` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`confirmed_at` integer,
	`cancelled_at` integer,
	`attended_at` integer,
	`reminder_sent_at` integer,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `registrations_token_uq` ON `registrations` (`token`);--> statement-breakpoint
CREATE UNIQUE INDEX `registrations_event_email_uq` ON `registrations` (`event_id`,`email_key`);--> statement-breakpoint
CREATE INDEX `registrations_event_status_idx` ON `registrations` (`event_id`,`status`,`id`);