CREATE TABLE `action_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`meeting_id` text NOT NULL,
	`agenda_item_id` integer NOT NULL,
	`position` integer NOT NULL,
	`assignee` text NOT NULL,
	`task` text NOT NULL,
	`due` text NOT NULL,
	`status` text NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`agenda_item_id`) REFERENCES `agenda_items`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `action_items_meeting` ON `action_items` (`meeting_id`,`status`);--> statement-breakpoint
CREATE INDEX `action_items_agenda_item` ON `action_items` (`agenda_item_id`);--> statement-breakpoint
CREATE TABLE `agenda_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`meeting_id` text NOT NULL,
	`number` integer NOT NULL,
	`title` text NOT NULL,
	`presenter` text NOT NULL,
	`text` text NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `agenda_items_meeting` ON `agenda_items` (`meeting_id`,`number`);--> statement-breakpoint
CREATE TABLE `attendees` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`meeting_id` text NOT NULL,
	`position` integer NOT NULL,
	`name` text NOT NULL,
	`organization` text NOT NULL,
	`role` text NOT NULL,
	`presence` text NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `attendees_meeting` ON `attendees` (`meeting_id`,`position`);--> statement-breakpoint
CREATE TABLE `bodies` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `bodies_name_unique` ON `bodies` (`name`);--> statement-breakpoint
CREATE TABLE `decisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`meeting_id` text NOT NULL,
	`agenda_item_id` integer NOT NULL,
	`number` integer NOT NULL,
	`lead_in` text NOT NULL,
	`clauses` text NOT NULL,
	`text` text NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`agenda_item_id`) REFERENCES `agenda_items`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `decisions_meeting` ON `decisions` (`meeting_id`);--> statement-breakpoint
CREATE INDEX `decisions_agenda_item` ON `decisions` (`agenda_item_id`);--> statement-breakpoint
ALTER TABLE `meetings` ADD `body_id` text REFERENCES bodies(id);--> statement-breakpoint
CREATE INDEX `meetings_body` ON `meetings` (`body_id`);