ALTER TABLE `circulars` ADD `contact_fax` text;--> statement-breakpoint
ALTER TABLE `events` ADD `date_only` integer DEFAULT false NOT NULL;