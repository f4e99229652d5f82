-- The lock is enforced by the database too: whatever code runs, an adjusted
-- protocol's final bytes, approvals, derived rows and document log cannot change.
CREATE TRIGGER `adjustments_no_update` BEFORE UPDATE ON `adjustments`
BEGIN SELECT RAISE(ABORT, 'locked: an adjusted protocol cannot be changed'); END;
--> statement-breakpoint
CREATE TRIGGER `adjustments_no_delete` BEFORE DELETE ON `adjustments`
BEGIN SELECT RAISE(ABORT, 'locked: an adjusted protocol cannot be deleted'); END;
--> statement-breakpoint
CREATE TRIGGER `meetings_locked_update` BEFORE UPDATE ON `meetings`
WHEN EXISTS (SELECT 1 FROM `adjustments` WHERE `meeting_id` = OLD.`id`)
BEGIN SELECT RAISE(ABORT, 'locked: an adjusted meeting cannot be changed'); END;
--> statement-breakpoint
CREATE TRIGGER `approvals_locked_update` BEFORE UPDATE ON `approvals`
WHEN EXISTS (SELECT 1 FROM `adjustments` WHERE `meeting_id` = OLD.`meeting_id`)
BEGIN SELECT RAISE(ABORT, 'locked: the approvals of an adjusted protocol cannot be changed'); END;
--> statement-breakpoint
CREATE TRIGGER `approvals_locked_delete` BEFORE DELETE ON `approvals`
WHEN EXISTS (SELECT 1 FROM `adjustments` WHERE `meeting_id` = OLD.`meeting_id`)
BEGIN SELECT RAISE(ABORT, 'locked: the approvals of an adjusted protocol cannot be deleted'); END;
--> statement-breakpoint
CREATE TRIGGER `approvals_locked_insert` BEFORE INSERT ON `approvals`
WHEN EXISTS (SELECT 1 FROM `adjustments` WHERE `meeting_id` = NEW.`meeting_id`)
BEGIN SELECT RAISE(ABORT, 'locked: an adjusted protocol takes no more approvals'); END;
--> statement-breakpoint
CREATE TRIGGER `updates_locked_insert` BEFORE INSERT ON `updates`
WHEN EXISTS (SELECT 1 FROM `adjustments` WHERE `meeting_id` = NEW.`meeting_id`)
BEGIN SELECT RAISE(ABORT, 'locked: an adjusted document takes no updates'); END;
--> statement-breakpoint
CREATE TRIGGER `snapshots_locked_insert` BEFORE INSERT ON `snapshots`
WHEN EXISTS (SELECT 1 FROM `adjustments` WHERE `meeting_id` = NEW.`meeting_id`)
BEGIN SELECT RAISE(ABORT, 'locked: an adjusted document takes no snapshots'); END;
--> statement-breakpoint
CREATE TRIGGER `remarks_locked_insert` BEFORE INSERT ON `remarks`
WHEN EXISTS (SELECT 1 FROM `adjustments` WHERE `meeting_id` = NEW.`meeting_id`)
BEGIN SELECT RAISE(ABORT, 'locked: remarks of an adjusted protocol are read-only'); END;
--> statement-breakpoint
CREATE TRIGGER `remarks_locked_update` BEFORE UPDATE ON `remarks`
WHEN EXISTS (SELECT 1 FROM `adjustments` WHERE `meeting_id` = OLD.`meeting_id`)
BEGIN SELECT RAISE(ABORT, 'locked: remarks of an adjusted protocol are read-only'); END;
--> statement-breakpoint
CREATE TRIGGER `corrections_no_update` BEFORE UPDATE ON `corrections`
BEGIN SELECT RAISE(ABORT, 'corrections are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `corrections_no_delete` BEFORE DELETE ON `corrections`
BEGIN SELECT RAISE(ABORT, 'corrections are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `agenda_items_locked_insert` BEFORE INSERT ON `agenda_items`
WHEN EXISTS (SELECT 1 FROM `adjustments` WHERE `meeting_id` = NEW.`meeting_id`)
BEGIN SELECT RAISE(ABORT, 'locked: the rows of an adjusted protocol cannot be changed'); END;
--> statement-breakpoint
CREATE TRIGGER `agenda_items_locked_update` BEFORE UPDATE ON `agenda_items`
WHEN EXISTS (SELECT 1 FROM `adjustments` WHERE `meeting_id` = OLD.`meeting_id`)
BEGIN SELECT RAISE(ABORT, 'locked: the rows of an adjusted protocol cannot be changed'); END;
--> statement-breakpoint
CREATE TRIGGER `agenda_items_locked_delete` BEFORE DELETE ON `agenda_items`
WHEN EXISTS (SELECT 1 FROM `adjustments` WHERE `meeting_id` = OLD.`meeting_id`)
BEGIN SELECT RAISE(ABORT, 'locked: the rows of an adjusted protocol cannot be changed'); END;
--> statement-breakpoint
CREATE TRIGGER `decisions_locked_insert` BEFORE INSERT ON `decisions`
WHEN EXISTS (SELECT 1 FROM `adjustments` WHERE `meeting_id` = NEW.`meeting_id`)
BEGIN SELECT RAISE(ABORT, 'locked: the rows of an adjusted protocol cannot be changed'); END;
--> statement-breakpoint
CREATE TRIGGER `decisions_locked_update` BEFORE UPDATE ON `decisions`
WHEN EXISTS (SELECT 1 FROM `adjustments` WHERE `meeting_id` = OLD.`meeting_id`)
BEGIN SELECT RAISE(ABORT, 'locked: the rows of an adjusted protocol cannot be changed'); END;
--> statement-breakpoint
CREATE TRIGGER `decisions_locked_delete` BEFORE DELETE ON `decisions`
WHEN EXISTS (SELECT 1 FROM `adjustments` WHERE `meeting_id` = OLD.`meeting_id`)
BEGIN SELECT RAISE(ABORT, 'locked: the rows of an adjusted protocol cannot be changed'); END;
--> statement-breakpoint
CREATE TRIGGER `action_items_locked_insert` BEFORE INSERT ON `action_items`
WHEN EXISTS (SELECT 1 FROM `adjustments` WHERE `meeting_id` = NEW.`meeting_id`)
BEGIN SELECT RAISE(ABORT, 'locked: the rows of an adjusted protocol cannot be changed'); END;
--> statement-breakpoint
CREATE TRIGGER `action_items_locked_update` BEFORE UPDATE ON `action_items`
WHEN EXISTS (SELECT 1 FROM `adjustments` WHERE `meeting_id` = OLD.`meeting_id`)
BEGIN SELECT RAISE(ABORT, 'locked: the rows of an adjusted protocol cannot be changed'); END;
--> statement-breakpoint
CREATE TRIGGER `action_items_locked_delete` BEFORE DELETE ON `action_items`
WHEN EXISTS (SELECT 1 FROM `adjustments` WHERE `meeting_id` = OLD.`meeting_id`)
BEGIN SELECT RAISE(ABORT, 'locked: the rows of an adjusted protocol cannot be changed'); END;
--> statement-breakpoint
CREATE TRIGGER `attendees_locked_insert` BEFORE INSERT ON `attendees`
WHEN EXISTS (SELECT 1 FROM `adjustments` WHERE `meeting_id` = NEW.`meeting_id`)
BEGIN SELECT RAISE(ABORT, 'locked: the rows of an adjusted protocol cannot be changed'); END;
--> statement-breakpoint
CREATE TRIGGER `attendees_locked_update` BEFORE UPDATE ON `attendees`
WHEN EXISTS (SELECT 1 FROM `adjustments` WHERE `meeting_id` = OLD.`meeting_id`)
BEGIN SELECT RAISE(ABORT, 'locked: the rows of an adjusted protocol cannot be changed'); END;
--> statement-breakpoint
CREATE TRIGGER `attendees_locked_delete` BEFORE DELETE ON `attendees`
WHEN EXISTS (SELECT 1 FROM `adjustments` WHERE `meeting_id` = OLD.`meeting_id`)
BEGIN SELECT RAISE(ABORT, 'locked: the rows of an adjusted protocol cannot be changed'); END;
