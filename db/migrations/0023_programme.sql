CREATE TABLE `check_in_codes` (
	`code_hash` text PRIMARY KEY NOT NULL,
	`registration_id` integer NOT NULL,
	`issued_at` integer NOT NULL,
	FOREIGN KEY (`registration_id`) REFERENCES `registrations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `check_in_codes_registration_idx` ON `check_in_codes` (`registration_id`);--> statement-breakpoint
CREATE TABLE `event_materials` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`event_id` integer NOT NULL,
	`session_id` integer,
	`title` text NOT NULL,
	`url` text,
	`file` text,
	`file_name` text,
	`content_type` text,
	`size` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`session_id`) REFERENCES `event_sessions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `event_materials_event_idx` ON `event_materials` (`event_id`,`session_id`);--> statement-breakpoint
CREATE TABLE `event_speakers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`event_id` integer NOT NULL,
	`name` text NOT NULL,
	`title` text DEFAULT '' NOT NULL,
	`organisation` text DEFAULT '' NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `event_speakers_event_idx` ON `event_speakers` (`event_id`,`name`);--> statement-breakpoint
CREATE TABLE `session_speakers` (
	`session_id` integer NOT NULL,
	`speaker_id` integer NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`session_id`) REFERENCES `event_sessions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`speaker_id`) REFERENCES `event_speakers`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `session_speakers_pk` ON `session_speakers` (`session_id`,`speaker_id`);--> statement-breakpoint
CREATE INDEX `session_speakers_speaker_idx` ON `session_speakers` (`speaker_id`);--> statement-breakpoint
ALTER TABLE `event_sessions` ADD `room` text DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE `event_sessions` ADD `interpretation` text DEFAULT '[]' NOT NULL;