CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`staff_user_id` integer,
	`action` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` text NOT NULL,
	`detail` text DEFAULT '{}' NOT NULL,
	`at` integer NOT NULL,
	FOREIGN KEY (`staff_user_id`) REFERENCES `staff_users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `audit_log_entity_idx` ON `audit_log` (`entity`,`entity_id`);--> statement-breakpoint
CREATE TABLE `circulars` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`reference` text NOT NULL,
	`office` text NOT NULL,
	`issued_on` text NOT NULL,
	`place` text NOT NULL,
	`addressees` text NOT NULL,
	`contact_name` text,
	`contact_email` text,
	`contact_phone` text,
	`subject` text NOT NULL,
	`body` text NOT NULL,
	`original_lang` text NOT NULL,
	`annexes` text DEFAULT '[]' NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `circulars_slug_unique` ON `circulars` (`slug`);--> statement-breakpoint
CREATE INDEX `circulars_issued_idx` ON `circulars` (`status`,`issued_on`);--> statement-breakpoint
CREATE TABLE `declarations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`title` text NOT NULL,
	`summary` text NOT NULL,
	`body` text NOT NULL,
	`cop` text NOT NULL,
	`cop_place` text NOT NULL,
	`endorsement_opens_at` integer,
	`endorsement_closes_at` integer,
	`circular_id` integer,
	`status` text DEFAULT 'draft' NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`circular_id`) REFERENCES `circulars`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `declarations_slug_unique` ON `declarations` (`slug`);--> statement-breakpoint
CREATE TABLE `endorsements` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`declaration_id` integer NOT NULL,
	`category` text NOT NULL,
	`organisation` text NOT NULL,
	`organisation_key` text NOT NULL,
	`country` text NOT NULL,
	`display_name` text,
	`statement` text,
	`representative_name` text NOT NULL,
	`representative_title` text NOT NULL,
	`email` text NOT NULL,
	`lang` text NOT NULL,
	`letter_file` text,
	`letter_name` text,
	`letter_size` integer,
	`status` text DEFAULT 'unverified' NOT NULL,
	`verify_token_hash` text,
	`verify_expires_at` integer,
	`verified_at` integer,
	`manage_token` text NOT NULL,
	`rejection_reason` text,
	`reviewed_by` integer,
	`reviewed_at` integer,
	`created_at` integer NOT NULL,
	`approved_at` integer,
	`withdrawn_at` integer,
	FOREIGN KEY (`declaration_id`) REFERENCES `declarations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`reviewed_by`) REFERENCES `staff_users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `endorsements_declaration_status_idx` ON `endorsements` (`declaration_id`,`status`);--> statement-breakpoint
CREATE UNIQUE INDEX `endorsements_verify_uq` ON `endorsements` (`verify_token_hash`);--> statement-breakpoint
CREATE UNIQUE INDEX `endorsements_manage_uq` ON `endorsements` (`manage_token`);--> statement-breakpoint
CREATE INDEX `endorsements_duplicate_idx` ON `endorsements` (`declaration_id`,`category`,`country`,`organisation_key`);--> statement-breakpoint
CREATE TABLE `event_pillars` (
	`event_id` integer NOT NULL,
	`pillar_id` integer NOT NULL,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`pillar_id`) REFERENCES `pillars`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `event_pillars_pk` ON `event_pillars` (`event_id`,`pillar_id`);--> statement-breakpoint
CREATE INDEX `event_pillars_pillar_idx` ON `event_pillars` (`pillar_id`);--> statement-breakpoint
CREATE TABLE `event_sessions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`event_id` integer NOT NULL,
	`position` integer NOT NULL,
	`starts_at` integer NOT NULL,
	`ends_at` integer NOT NULL,
	`title` text NOT NULL,
	`speakers` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `event_sessions_event_idx` ON `event_sessions` (`event_id`,`position`);--> statement-breakpoint
CREATE TABLE `events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`summary` text NOT NULL,
	`description` text NOT NULL,
	`starts_at` integer NOT NULL,
	`ends_at` integer NOT NULL,
	`time_zone` text NOT NULL,
	`format` text NOT NULL,
	`venue` text NOT NULL,
	`organisers` text NOT NULL,
	`audience` text NOT NULL,
	`fee` text NOT NULL,
	`registration_opens_at` integer,
	`registration_closes_at` integer,
	`capacity` integer,
	`requires_approval` integer DEFAULT false NOT NULL,
	`join_url` text,
	`external_registration` text,
	`status` text DEFAULT 'draft' NOT NULL,
	`circular_id` integer,
	`is_example` integer DEFAULT false NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`circular_id`) REFERENCES `circulars`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `events_slug_unique` ON `events` (`slug`);--> statement-breakpoint
CREATE INDEX `events_status_start_idx` ON `events` (`status`,`starts_at`);--> statement-breakpoint
CREATE INDEX `events_circular_idx` ON `events` (`circular_id`);--> statement-breakpoint
CREATE TABLE `outbox` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`message_id` text NOT NULL,
	`template` text NOT NULL,
	`lang` text NOT NULL,
	`to_address` text NOT NULL,
	`subject` text NOT NULL,
	`html` text NOT NULL,
	`text` text NOT NULL,
	`attachments` text DEFAULT '[]' NOT NULL,
	`status` text DEFAULT 'queued' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` integer NOT NULL,
	`locked_until` integer,
	`last_error` text,
	`created_at` integer NOT NULL,
	`sent_at` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `outbox_message_id_uq` ON `outbox` (`message_id`);--> statement-breakpoint
CREATE INDEX `outbox_due_idx` ON `outbox` (`status`,`next_attempt_at`);--> statement-breakpoint
CREATE TABLE `pillars` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`number` integer NOT NULL,
	`title` text NOT NULL,
	`description` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `pillars_slug_unique` ON `pillars` (`slug`);--> statement-breakpoint
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
CREATE INDEX `registrations_event_status_idx` ON `registrations` (`event_id`,`status`,`id`);--> statement-breakpoint
CREATE TABLE `staff_sessions` (
	`id_hash` text PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`created_at` integer NOT NULL,
	`last_seen_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `staff_users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `staff_sessions_user_idx` ON `staff_sessions` (`user_id`);--> statement-breakpoint
CREATE TABLE `staff_users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`name` text NOT NULL,
	`role` text NOT NULL,
	`password_hash` text NOT NULL,
	`preferred_lang` text DEFAULT 'en' NOT NULL,
	`disabled_at` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `staff_users_email_uq` ON `staff_users` (`email`);--> statement-breakpoint
CREATE TABLE `working_groups` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`pillar_id` integer NOT NULL,
	`name` text NOT NULL,
	`mandate` text NOT NULL,
	`lead_organisations` text NOT NULL,
	`members` text NOT NULL,
	`status` text DEFAULT 'active' NOT NULL,
	`published` integer DEFAULT true NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`pillar_id`) REFERENCES `pillars`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `working_groups_slug_unique` ON `working_groups` (`slug`);--> statement-breakpoint
CREATE INDEX `working_groups_pillar_idx` ON `working_groups` (`pillar_id`);