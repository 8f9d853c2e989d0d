CREATE TABLE `focal_point_delegate_decisions` (
	`registration_id` integer PRIMARY KEY NOT NULL,
	`focal_point_id` integer,
	`decision` text NOT NULL,
	`decided_at` integer NOT NULL,
	FOREIGN KEY (`registration_id`) REFERENCES `registrations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`focal_point_id`) REFERENCES `focal_points`(`id`) ON UPDATE no action ON DELETE set null
);
