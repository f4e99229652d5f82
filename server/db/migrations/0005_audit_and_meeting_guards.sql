-- The audit log is append-only, like the corrections: whatever code runs, who
-- did what when stays as it was written.
CREATE TRIGGER `audit_log_no_update` BEFORE UPDATE ON `audit_log`
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `audit_log_no_delete` BEFORE DELETE ON `audit_log`
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
--> statement-breakpoint
-- The foreign key keeps an adjusted meeting's row only while foreign keys are on;
-- this keeps it (and with it the lock's owner) when they are off.
CREATE TRIGGER `meetings_locked_delete` BEFORE DELETE ON `meetings`
WHEN OLD.`state` = 'adjusted' OR EXISTS (SELECT 1 FROM `adjustments` WHERE `meeting_id` = OLD.`id`)
BEGIN SELECT RAISE(ABORT, 'locked: an adjusted meeting cannot be deleted'); END;
--> statement-breakpoint
-- 0004 refuses every change once the lock row exists; this keeps the id and the state
-- of a meeting whose state says adjusted even without one (the lock transaction sets the
-- state first and still writes the meeting data before it stores the lock).
CREATE TRIGGER `meetings_adjusted_update` BEFORE UPDATE OF `id`, `state` ON `meetings`
WHEN OLD.`state` = 'adjusted' AND (NEW.`id` IS NOT OLD.`id` OR NEW.`state` IS NOT OLD.`state`)
BEGIN SELECT RAISE(ABORT, 'locked: an adjusted meeting cannot be changed'); END;
