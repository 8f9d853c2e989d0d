DROP INDEX `pledges_status_pillar_idx`;--> statement-breakpoint
CREATE INDEX `pledges_status_pillar_idx` ON `pledges` (`status`,`pillar_id`,`published_at`,`id`);--> statement-breakpoint
CREATE INDEX `pillars_number_idx` ON `pillars` (`number`);