CREATE TABLE `attendee_invites` (
	`id` text PRIMARY KEY NOT NULL,
	`meeting_id` text NOT NULL,
	`attendee_id` text NOT NULL,
	`role` text NOT NULL,
	`token_hash` text NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `attendee_invites_token_hash_unique` ON `attendee_invites` (`token_hash`);--> statement-breakpoint
CREATE UNIQUE INDEX `attendee_invites_attendee` ON `attendee_invites` (`meeting_id`,`attendee_id`);--> statement-breakpoint
ALTER TABLE `sessions` ADD `attendee_invite_id` text;