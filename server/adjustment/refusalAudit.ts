import type { AuditLog } from './auditLog';

/** Refusals of one kind in one meeting are written at most this often; the ones between are counted into the next. */
export const REFUSAL_AUDIT_WINDOW_MS = 60_000;

/** What was refused: the request or socket, and the answer it got. */
export interface RefusedAttempt {
  meetingId: string;
  /** `POST /review/approve`, `socket` … */
  what: string;
  status: number;
  reason: string | null;
  message: string;
}

/**
 * Writes refused credentials and actions (expired, withdrawn or foreign
 * credentials, approving as someone else, changes to a locked meeting) into
 * the meeting's audit log, so the secretary and a registrar can see that
 * someone tried. A client retrying a refused call in a loop must not fill
 * the log: one entry per meeting, kind and minute, with how many more there
 * were (`repeated`).
 */
export class RefusalAudit {
  private readonly recent = new Map<string, { at: number; skipped: number }>();

  constructor(
    private readonly audit: AuditLog,
    private readonly meetingExists: (meetingId: string) => boolean,
    private readonly clock: () => number = Date.now,
  ) {}

  record(attempt: RefusedAttempt): void {
    // An unknown meeting has no log; its 404 says enough.
    if (!this.meetingExists(attempt.meetingId)) return;
    const key = [attempt.meetingId, attempt.what, attempt.status, attempt.reason ?? attempt.message].join('\u0000');
    const now = this.clock();
    const last = this.recent.get(key);
    if (last && now - last.at < REFUSAL_AUDIT_WINDOW_MS) {
      last.skipped += 1;
      return;
    }
    this.prune(now);
    this.recent.set(key, { at: now, skipped: 0 });
    this.audit.record({
      meetingId: attempt.meetingId,
      action: 'refused',
      role: null,
      actor: null,
      detail: {
        what: attempt.what,
        status: attempt.status,
        ...(attempt.reason ? { reason: attempt.reason } : {}),
        message: attempt.message,
        ...(last && last.skipped > 0 ? { repeated: last.skipped } : {}),
      },
    });
  }

  /** Forgets windows that have passed, so the map holds only the last minute's kinds. */
  private prune(now: number): void {
    if (this.recent.size < 1000) return;
    for (const [key, entry] of this.recent) if (now - entry.at >= REFUSAL_AUDIT_WINDOW_MS) this.recent.delete(key);
  }
}
