CREATE TABLE `milestones` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`working_group_id` integer NOT NULL,
	`title` text NOT NULL,
	`lang` text NOT NULL,
	`due_on` text NOT NULL,
	`status` text DEFAULT 'planned' NOT NULL,
	`weight` integer,
	`evidence_url` text,
	`completed_on` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`working_group_id`) REFERENCES `working_groups`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `milestones_group_idx` ON `milestones` (`working_group_id`,`due_on`);--> statement-breakpoint
CREATE TABLE `working_group_members` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`working_group_id` integer NOT NULL,
	`organisation_id` integer NOT NULL,
	`role` text DEFAULT 'member' NOT NULL,
	`status` text DEFAULT 'requested' NOT NULL,
	`message` text,
	`notify` integer DEFAULT true NOT NULL,
	`unsubscribe_token` text NOT NULL,
	`requested_at` integer NOT NULL,
	`decided_at` integer,
	FOREIGN KEY (`working_group_id`) REFERENCES `working_groups`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `working_group_members_uq` ON `working_group_members` (`working_group_id`,`organisation_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `working_group_members_unsubscribe_uq` ON `working_group_members` (`unsubscribe_token`);--> statement-breakpoint
CREATE INDEX `working_group_members_org_idx` ON `working_group_members` (`organisation_id`);--> statement-breakpoint
CREATE TABLE `working_group_updates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`working_group_id` integer NOT NULL,
	`title` text NOT NULL,
	`body` text NOT NULL,
	`lang` text NOT NULL,
	`organisation_id` integer,
	`published_at` integer NOT NULL,
	FOREIGN KEY (`working_group_id`) REFERENCES `working_groups`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `working_group_updates_group_idx` ON `working_group_updates` (`working_group_id`,`published_at`);