-- SQLite adds a NOT NULL column only with a constant default; sessions made before this count as used when made.
ALTER TABLE `sessions` ADD `last_used_at` integer DEFAULT 0 NOT NULL;
--> statement-breakpoint
UPDATE `sessions` SET `last_used_at` = `created_at`;
--> statement-breakpoint
-- A withdrawn invitation's sessions are kept, ended, so a browser that reloads is told why.
ALTER TABLE `sessions` ADD `ended_reason` text;
