CREATE TABLE `participation_invitations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`participation_type_id` integer NOT NULL,
	`email` text NOT NULL,
	`email_key` text NOT NULL,
	`name` text,
	`lang` text NOT NULL,
	`token` text NOT NULL,
	`created_at` integer NOT NULL,
	`used_at` integer,
	FOREIGN KEY (`participation_type_id`) REFERENCES `participation_types`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `participation_invitations_token_uq` ON `participation_invitations` (`token`);--> statement-breakpoint
CREATE UNIQUE INDEX `participation_invitations_type_email_uq` ON `participation_invitations` (`participation_type_id`,`email_key`);--> statement-breakpoint
CREATE TABLE `participation_types` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`event_id` integer NOT NULL,
	`position` integer NOT NULL,
	`name` text NOT NULL,
	`mode` text NOT NULL,
	`capacity` integer,
	`requires_approval` integer DEFAULT false NOT NULL,
	`opens_at` integer,
	`closes_at` integer,
	`invitation_only` integer DEFAULT false NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `participation_types_event_idx` ON `participation_types` (`event_id`,`position`);--> statement-breakpoint
ALTER TABLE `event_messages` ADD `participation_type_id` integer REFERENCES participation_types(id);--> statement-breakpoint
ALTER TABLE `registrations` ADD `participation_type_id` integer REFERENCES participation_types(id);--> statement-breakpoint
CREATE INDEX `registrations_type_status_idx` ON `registrations` (`participation_type_id`,`status`,`id`);