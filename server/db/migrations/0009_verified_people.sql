ALTER TABLE `approvals` ADD `attendee_id` text;--> statement-breakpoint
ALTER TABLE `approvals` ADD `organization` text;--> statement-breakpoint
ALTER TABLE `approvals` ADD `method` text;--> statement-breakpoint
ALTER TABLE `approvals` ADD `email` text;--> statement-breakpoint
ALTER TABLE `approvals` ADD `issuer` text;--> statement-breakpoint
ALTER TABLE `approvals` ADD `subject` text;--> statement-breakpoint
ALTER TABLE `remarks` ADD `attendee_id` text;