-- The history (issue 12): named points of a meeting's document, and who sent each stored update.
CREATE TABLE `history_checkpoints` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`meeting_id` text NOT NULL,
	`label` text NOT NULL,
	`up_to_update_id` integer NOT NULL,
	`by_name` text,
	`by_role` text,
	`state` blob,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `history_checkpoints_meeting` ON `history_checkpoints` (`meeting_id`,`up_to_update_id`);--> statement-breakpoint
ALTER TABLE `updates` ADD `by_name` text;--> statement-breakpoint
ALTER TABLE `updates` ADD `by_role` text;