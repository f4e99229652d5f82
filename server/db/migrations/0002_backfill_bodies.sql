-- Custom SQL migration file, put your code below! --
-- Meetings created before bodies existed: one body per distinct name, then link them.
INSERT OR IGNORE INTO `bodies` (`id`, `name`) SELECT lower(hex(randomblob(16))), `body` FROM `meetings` WHERE `body` IS NOT NULL AND `body_id` IS NULL GROUP BY `body`;
--> statement-breakpoint
UPDATE `meetings` SET `body_id` = (SELECT `id` FROM `bodies` WHERE `bodies`.`name` = `meetings`.`body`) WHERE `body` IS NOT NULL AND `body_id` IS NULL;
