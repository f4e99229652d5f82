import { asc, eq } from 'drizzle-orm';
import type { AuditAction, AuditEntry } from '../../shared/adjustment/types';
import type { Role } from '../../shared/roles';
import type { Db } from '../db/openDatabase';
import { auditLog } from '../db/schema';

export interface AuditEvent {
  meetingId: string;
  action: AuditAction;
  role: Role | null;
  actor: string | null;
  detail?: Record<string, unknown>;
}

/** Who did what when, per meeting; written in the caller's transaction when there is one. */
export class AuditLog {
  constructor(private readonly db: Db) {}

  record(event: AuditEvent): void {
    this.db
      .insert(auditLog)
      .values({ meetingId: event.meetingId, action: event.action, role: event.role, actor: event.actor, detail: event.detail ?? {} })
      .run();
  }

  list(meetingId: string): AuditEntry[] {
    return this.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.meetingId, meetingId))
      .orderBy(asc(auditLog.id))
      .all()
      .map((row) => ({ id: row.id, at: row.createdAt.toISOString(), action: row.action, role: row.role, actor: row.actor, detail: row.detail }));
  }
}
