-- Every existing event gets the participation types its format and capacity imply (decision 013):
-- one type (in person, or online for a virtual event) with the event's seats and approval rule; a hybrid
-- event gets two, in person with the event's seats and online without a limit. Registrations made before
-- types existed take the event's first type (in person at a hybrid event, as seat-mode counted them).
INSERT INTO `participation_types` (`event_id`, `position`, `name`, `mode`, `capacity`, `requires_approval`, `invitation_only`, `created_at`, `updated_at`)
SELECT `id`, 0,
  CASE WHEN `format` = 'virtual'
    THEN '{"en":"Online","fr":"En ligne","es":"En línea","ru":"Онлайн-участие","zh":"在线参加","ar":"المشاركة عبر الإنترنت"}'
    ELSE '{"en":"In person","fr":"En présentiel","es":"Presencial","ru":"Очное участие","zh":"现场参加","ar":"الحضور الشخصي"}'
  END,
  CASE WHEN `format` = 'virtual' THEN 'online' ELSE 'in-person' END,
  `capacity`, `requires_approval`, 0, `updated_at`, `updated_at`
FROM `events`;
--> statement-breakpoint
INSERT INTO `participation_types` (`event_id`, `position`, `name`, `mode`, `capacity`, `requires_approval`, `invitation_only`, `created_at`, `updated_at`)
SELECT `id`, 1, '{"en":"Online","fr":"En ligne","es":"En línea","ru":"Онлайн-участие","zh":"在线参加","ar":"المشاركة عبر الإنترنت"}',
  'online', NULL, `requires_approval`, 0, `updated_at`, `updated_at`
FROM `events` WHERE `format` = 'hybrid';
--> statement-breakpoint
UPDATE `registrations` SET `participation_type_id` = (
  SELECT `p`.`id` FROM `participation_types` `p` WHERE `p`.`event_id` = `registrations`.`event_id` AND `p`.`position` = 0
) WHERE `participation_type_id` IS NULL;
