CREATE TABLE `email_requests` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`mailbox` text NOT NULL,
	`emailed` integer NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `email_requests_mailbox_idx` ON `email_requests` (`mailbox`,`emailed`,`created_at`);--> statement-breakpoint
ALTER TABLE `registrations` ADD `address_proven` integer DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE `registrations` ADD `hold_expires_at` integer;--> statement-breakpoint
CREATE INDEX `registrations_hold_idx` ON `registrations` (`status`,`hold_expires_at`);