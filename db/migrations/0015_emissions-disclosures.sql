CREATE TABLE `disclosure_reminders` (
	`organisation_id` integer NOT NULL,
	`year` integer NOT NULL,
	`sent_at` integer NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `disclosure_reminders_org_year_uq` ON `disclosure_reminders` (`organisation_id`,`year`);--> statement-breakpoint
CREATE TABLE `disclosures` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`year` integer NOT NULL,
	`status` text DEFAULT 'in-review' NOT NULL,
	`boundary` text,
	`methodology` text,
	`scope1` real,
	`scope2_location` real,
	`scope2_market` real,
	`scope3` real,
	`scope3_categories` text DEFAULT '{}' NOT NULL,
	`total` real NOT NULL,
	`all_scopes` integer DEFAULT false NOT NULL,
	`energy_mwh` real,
	`renewable_share` real,
	`sub_sectors` text DEFAULT '[]' NOT NULL,
	`assurance` text DEFAULT 'none' NOT NULL,
	`assurer` text,
	`report_url` text,
	`source` text,
	`restates` integer,
	`restatement_reason` text,
	`moderator_comment` text,
	`submitted_by` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`published_at` integer,
	`superseded_at` integer,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`restates`) REFERENCES `disclosures`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`submitted_by`) REFERENCES `partner_users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `disclosures_org_year_idx` ON `disclosures` (`organisation_id`,`year`);--> statement-breakpoint
CREATE INDEX `disclosures_status_org_year_idx` ON `disclosures` (`status`,`organisation_id`,`year`);