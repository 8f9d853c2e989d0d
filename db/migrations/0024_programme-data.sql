-- The programme's speakers were free text on each session. Each name the text gave (separated by
-- ";" or a line break) becomes a speaker of the event, linked to the session in the order it was
-- written; the same name twice at one event is one speaker. The text is then emptied, so the
-- speakers are kept in one place only. Nothing typed is dropped: a piece that is not a plain name
-- ("Jane Doe, ITU") is kept whole as the name, for staff to split into title and organisation.
CREATE TEMP TABLE `_speaker_parts` AS
WITH RECURSIVE `parts`(`session_id`, `event_id`, `n`, `piece`, `rest`) AS (
  SELECT `id`, `event_id`, 0, '', replace(replace(`speakers`, char(13), ''), char(10), ';') || ';'
    FROM `event_sessions` WHERE trim(`speakers`) <> ''
  UNION ALL
  SELECT `session_id`, `event_id`, `n` + 1, trim(substr(`rest`, 1, instr(`rest`, ';') - 1)), substr(`rest`, instr(`rest`, ';') + 1)
    FROM `parts` WHERE `rest` <> ''
)
SELECT `session_id`, `event_id`, `n`, substr(`piece`, 1, 200) AS `piece` FROM `parts` WHERE `piece` <> '';
--> statement-breakpoint
INSERT INTO `event_speakers` (`event_id`, `name`, `created_at`)
  SELECT `event_id`, `piece`, cast((julianday('now') - 2440587.5) * 86400000 as integer) FROM `_speaker_parts`
  GROUP BY `event_id`, `piece` ORDER BY min(`session_id`), min(`n`);
--> statement-breakpoint
INSERT OR IGNORE INTO `session_speakers` (`session_id`, `speaker_id`, `position`)
  SELECT p.`session_id`, s.`id`, min(p.`n`) FROM `_speaker_parts` p
  JOIN `event_speakers` s ON s.`event_id` = p.`event_id` AND s.`name` = p.`piece`
  GROUP BY p.`session_id`, s.`id`;
--> statement-breakpoint
UPDATE `event_sessions` SET `speakers` = '' WHERE `id` IN (SELECT `session_id` FROM `_speaker_parts`);
--> statement-breakpoint
DROP TABLE `_speaker_parts`;
