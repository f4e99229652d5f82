CREATE TABLE `sealed_pdfs` (
	`meeting_id` text NOT NULL,
	`corrections` integer NOT NULL,
	`data` blob NOT NULL,
	`sha256` text NOT NULL,
	`meeting` text NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	PRIMARY KEY(`meeting_id`, `corrections`),
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
-- A sealed PDF is what was handed out and archived: it is never rewritten or removed.
CREATE TRIGGER `sealed_pdfs_no_update` BEFORE UPDATE ON `sealed_pdfs`
BEGIN SELECT RAISE(ABORT, 'locked: a sealed protocol cannot be changed'); END;
--> statement-breakpoint
CREATE TRIGGER `sealed_pdfs_no_delete` BEFORE DELETE ON `sealed_pdfs`
BEGIN SELECT RAISE(ABORT, 'locked: a sealed protocol cannot be deleted'); END;
