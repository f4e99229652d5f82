CREATE TABLE `attendee_emails` (
	`meeting_id` text NOT NULL,
	`attendee_id` text NOT NULL,
	`email` text NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `attendee_emails_attendee` ON `attendee_emails` (`meeting_id`,`attendee_id`);--> statement-breakpoint
CREATE INDEX `attendee_emails_email` ON `attendee_emails` (`email`);