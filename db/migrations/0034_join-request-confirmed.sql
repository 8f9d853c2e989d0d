ALTER TABLE `organisations` ADD `confirm_token_hash` text;--> statement-breakpoint
ALTER TABLE `organisations` ADD `confirm_expires_at` integer;--> statement-breakpoint
ALTER TABLE `organisations` ADD `confirmed_at` integer;--> statement-breakpoint
CREATE UNIQUE INDEX `organisations_confirm_uq` ON `organisations` (`confirm_token_hash`);--> statement-breakpoint
-- Requests made before a link was asked for are already before the secretariat: they count as confirmed.
UPDATE `organisations` SET `confirmed_at` = `created_at`;
