ALTER TABLE `pledges` ADD `progress` real DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `pledges` ADD `progress_status` text DEFAULT 'not-started' NOT NULL;--> statement-breakpoint
ALTER TABLE `pledges` ADD `latest_report_year` integer;