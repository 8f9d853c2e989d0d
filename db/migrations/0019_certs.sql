CREATE TABLE `certificates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`registration_id` integer NOT NULL,
	`event_id` integer NOT NULL,
	`code_hash` text NOT NULL,
	`holder_name` text NOT NULL,
	`lang` text NOT NULL,
	`issued_at` integer NOT NULL,
	`replaced_at` integer,
	`staff_user_id` integer,
	FOREIGN KEY (`registration_id`) REFERENCES `registrations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`staff_user_id`) REFERENCES `staff_users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `certificates_code_uq` ON `certificates` (`code_hash`);--> statement-breakpoint
CREATE UNIQUE INDEX `certificates_current_uq` ON `certificates` (`registration_id`) WHERE replaced_at is null;--> statement-breakpoint
CREATE INDEX `certificates_event_idx` ON `certificates` (`event_id`,`issued_at`);--> statement-breakpoint
CREATE TABLE `visa_letter_requests` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`registration_id` integer NOT NULL,
	`event_id` integer NOT NULL,
	`status` text NOT NULL,
	`letter_lang` text NOT NULL,
	`full_name` text NOT NULL,
	`nationality` text NOT NULL,
	`date_of_birth` text NOT NULL,
	`passport_number` text NOT NULL,
	`passport_issued_on` text NOT NULL,
	`passport_expires_on` text NOT NULL,
	`place_of_application` text NOT NULL,
	`refusal_reason` text,
	`requested_at` integer NOT NULL,
	`decided_at` integer,
	`decided_by` integer,
	FOREIGN KEY (`registration_id`) REFERENCES `registrations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`decided_by`) REFERENCES `staff_users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `visa_letter_requests_registration_uq` ON `visa_letter_requests` (`registration_id`);--> statement-breakpoint
CREATE INDEX `visa_letter_requests_status_idx` ON `visa_letter_requests` (`status`,`requested_at`);