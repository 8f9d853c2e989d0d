CREATE TABLE `focal_point_endorsement_decisions` (
	`endorsement_id` integer PRIMARY KEY NOT NULL,
	`focal_point_id` integer,
	`decision` text NOT NULL,
	`note` text,
	`decided_at` integer NOT NULL,
	FOREIGN KEY (`endorsement_id`) REFERENCES `endorsements`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`focal_point_id`) REFERENCES `focal_points`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `focal_point_sessions` (
	`id_hash` text PRIMARY KEY NOT NULL,
	`focal_point_id` integer NOT NULL,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	FOREIGN KEY (`focal_point_id`) REFERENCES `focal_points`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `focal_point_sessions_fp_idx` ON `focal_point_sessions` (`focal_point_id`);--> statement-breakpoint
CREATE TABLE `focal_point_sign_in_tokens` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`focal_point_id` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`used_at` integer,
	FOREIGN KEY (`focal_point_id`) REFERENCES `focal_points`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `focal_points` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`country` text NOT NULL,
	`name` text NOT NULL,
	`title` text NOT NULL,
	`office` text NOT NULL,
	`email` text NOT NULL,
	`lang` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `focal_points_email_uq` ON `focal_points` (`email`);--> statement-breakpoint
CREATE INDEX `focal_points_country_idx` ON `focal_points` (`country`,`active`);--> statement-breakpoint
ALTER TABLE `events` ADD `delegates_need_focal_point` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `registrations` ADD `government_delegate` integer DEFAULT false NOT NULL;