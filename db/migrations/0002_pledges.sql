CREATE TABLE `pledges` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`pillar_id` integer NOT NULL,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`description` text NOT NULL,
	`lang` text NOT NULL,
	`metric` text NOT NULL,
	`unit` text NOT NULL,
	`baseline_year` integer NOT NULL,
	`baseline_value` real NOT NULL,
	`target_year` integer NOT NULL,
	`target_value` real NOT NULL,
	`scopes` text DEFAULT '[]' NOT NULL,
	`discloses_all_scopes_yearly` integer DEFAULT false NOT NULL,
	`starts_on` text NOT NULL,
	`ends_on` text,
	`status` text DEFAULT 'in-review' NOT NULL,
	`moderator_comment` text,
	`submitted_by` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`published_at` integer,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`pillar_id`) REFERENCES `pillars`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`submitted_by`) REFERENCES `partner_users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `pledges_status_pillar_idx` ON `pledges` (`status`,`pillar_id`);--> statement-breakpoint
CREATE INDEX `pledges_org_idx` ON `pledges` (`organisation_id`);--> statement-breakpoint
CREATE TABLE `progress_reports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`pledge_id` integer NOT NULL,
	`year` integer NOT NULL,
	`value` real NOT NULL,
	`scope_values` text,
	`narrative` text NOT NULL,
	`evidence_url` text,
	`reported_at` integer NOT NULL,
	FOREIGN KEY (`pledge_id`) REFERENCES `pledges`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `progress_reports_pledge_year_uq` ON `progress_reports` (`pledge_id`,`year`);