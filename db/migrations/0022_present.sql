CREATE TABLE `reporting_year_locks` (
	`year` integer PRIMARY KEY NOT NULL,
	`locked_at` integer NOT NULL,
	`locked_by` integer,
	FOREIGN KEY (`locked_by`) REFERENCES `staff_users`(`id`) ON UPDATE no action ON DELETE set null
);
