DROP INDEX `pledges_org_idx`;--> statement-breakpoint
CREATE INDEX `pledges_org_pillar_progress_idx` ON `pledges` (`organisation_id`,`pillar_id`,`status`,`progress`,`progress_status`);