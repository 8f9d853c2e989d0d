-- Approvals that focal points gave before their decisions had a table of their own were only audited:
-- carry them over so those delegates show as approved by the focal point, not as waiting for them.
INSERT OR IGNORE INTO `focal_point_delegate_decisions` (`registration_id`, `focal_point_id`, `decision`, `decided_at`)
SELECT CAST(a.`entity_id` AS integer),
       (SELECT f.`id` FROM `focal_points` f WHERE f.`id` = json_extract(a.`detail`, '$.focalPointId')),
       CASE a.`action` WHEN 'delegate-approve' THEN 'approved' ELSE 'declined' END,
       MAX(a.`at`)
FROM `audit_log` a
JOIN `registrations` r ON r.`id` = CAST(a.`entity_id` AS integer)
WHERE a.`entity` = 'registration' AND a.`action` IN ('delegate-approve', 'delegate-decline')
GROUP BY a.`entity_id`;
