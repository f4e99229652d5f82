import { and, asc, desc, eq, or } from 'drizzle-orm';
import type { AdjustmentRecord, ApprovalRecord, ApproverRole, Correction, LockIntegrity, RequiredApprover, Verification } from '../../shared/adjustment/types';
import type { MeetingState } from '../../shared/meetingKind';
import type { Role } from '../../shared/roles';
import type { Db } from '../db/openDatabase';
import { adjustments, approvals, corrections, exportHashes, meetings, reviews } from '../db/schema';
import { LockIntegrityCheck, type StoredLock } from './lockIntegrityCheck';

export type ReviewRow = typeof reviews.$inferSelect;

/** One approver's decision as the service records it: always by a verified person. */
export interface NewDecision {
  name: string;
  organization: string;
  role: ApproverRole;
  decision: 'approved' | 'declined';
  reason: string | null;
  verification: Verification;
  at: Date;
}

export interface NewAdjustment {
  meetingId: string;
  data: Uint8Array;
  sha256: string;
  protocolJson: string;
  protocolSha256: string;
  adjustedBy: string;
  adjustedAt: Date;
}

/**
 * Rows of the adjustment workflow. Every write runs in the caller's
 * transaction when there is one (AdjustmentService opens them), so a state
 * change and its approvals, lock and audit land together or not at all.
 */
export class AdjustmentStore {
  constructor(
    private readonly db: Db,
    private readonly integrity: LockIntegrityCheck = new LockIntegrityCheck(),
  ) {}

  setState(meetingId: string, state: MeetingState): void {
    this.db.update(meetings).set({ state }).where(eq(meetings.id, meetingId)).run();
  }

  /** The newest review round of a meeting, open or ended. */
  latestRound(meetingId: string): ReviewRow | null {
    return this.db.select().from(reviews).where(eq(reviews.meetingId, meetingId)).orderBy(desc(reviews.round)).limit(1).get() ?? null;
  }

  openRound(meetingId: string, required: RequiredApprover[], startedBy: string): ReviewRow {
    const round = (this.latestRound(meetingId)?.round ?? 0) + 1;
    return this.db.insert(reviews).values({ meetingId, round, required, startedBy }).returning().get();
  }

  endRound(meetingId: string, round: number, outcome: NonNullable<ReviewRow['outcome']>, at: Date): void {
    this.db
      .update(reviews)
      .set({ outcome, endedAt: at })
      .where(and(eq(reviews.meetingId, meetingId), eq(reviews.round, round)))
      .run();
  }

  decisions(meetingId: string, round: number): ApprovalRecord[] {
    return this.db
      .select()
      .from(approvals)
      .where(and(eq(approvals.meetingId, meetingId), eq(approvals.round, round)))
      .orderBy(asc(approvals.id))
      .all()
      .map(toApprovalRecord);
  }

  recordDecision(meetingId: string, round: number, decision: NewDecision): ApprovalRecord {
    const { verification } = decision;
    const row = this.db
      .insert(approvals)
      .values({
        meetingId,
        round,
        name: decision.name,
        organization: decision.organization,
        role: decision.role,
        decision: decision.decision,
        reason: decision.reason,
        attendeeId: verification.attendeeId,
        method: verification.method,
        email: verification.email,
        issuer: verification.issuer,
        subject: verification.subject,
        createdAt: decision.at,
      })
      .returning()
      .get();
    return toApprovalRecord(row);
  }

  insertAdjustment(adjustment: NewAdjustment): void {
    this.db
      .insert(adjustments)
      .values({ ...adjustment, data: Buffer.from(adjustment.data.buffer, adjustment.data.byteOffset, adjustment.data.byteLength) })
      .run();
  }

  /**
   * The lock record with the approvals of the round that adjusted it, or
   * null when not adjusted; throws IntegrityFailure when the stored bytes no
   * longer match their SHA-256, so no answer vouches for them.
   */
  adjustment(meetingId: string): AdjustmentRecord | null {
    const lock = this.storedLock(meetingId);
    if (!lock) return null;
    this.integrity.ensure(lock);
    return this.recordOf(lock);
  }

  /** The lock record as stored and whether its bytes still match their SHA-256 ('ok' when not adjusted); never throws for a mismatch. */
  checkedAdjustment(meetingId: string): { adjustment: AdjustmentRecord | null; integrity: LockIntegrity } {
    const lock = this.storedLock(meetingId);
    if (!lock) return { adjustment: null, integrity: 'ok' };
    return { adjustment: this.recordOf(lock), integrity: this.integrity.check(lock) };
  }

  /** When the meeting was adjusted, or null while it is not. */
  adjustedAt(meetingId: string): Date | null {
    return this.db.select({ at: adjustments.adjustedAt }).from(adjustments).where(eq(adjustments.meetingId, meetingId)).get()?.at ?? null;
  }

  /** The final document bytes exactly as stored by the lock; throws IntegrityFailure when they no longer match their SHA-256. */
  finalDocument(meetingId: string): Uint8Array | null {
    const lock = this.storedLock(meetingId);
    if (!lock) return null;
    this.integrity.ensure(lock);
    return new Uint8Array(lock.data);
  }

  /** The meeting whose lock, protocol JSON or a recorded export has this SHA-256. */
  findBySha256(sha256: string): { meetingId: string; matched: 'document' | 'protocol' | 'export' } | null {
    const lock = this.db
      .select({ meetingId: adjustments.meetingId, sha256: adjustments.sha256 })
      .from(adjustments)
      .where(or(eq(adjustments.sha256, sha256), eq(adjustments.protocolSha256, sha256)))
      .get();
    if (lock) return { meetingId: lock.meetingId, matched: lock.sha256 === sha256 ? 'document' : 'protocol' };
    const exported = this.db.select({ meetingId: exportHashes.meetingId }).from(exportHashes).where(eq(exportHashes.sha256, sha256)).get();
    return exported ? { meetingId: exported.meetingId, matched: 'export' } : null;
  }

  recordExportHash(meetingId: string, format: string, sha256: string): void {
    this.db.insert(exportHashes).values({ meetingId, format, sha256 }).onConflictDoNothing().run();
  }

  corrections(meetingId: string): Correction[] {
    return this.db
      .select()
      .from(corrections)
      .where(eq(corrections.meetingId, meetingId))
      .orderBy(asc(corrections.id))
      .all()
      .map((row) => ({ id: row.id, author: row.author, role: row.role, at: row.createdAt.toISOString(), what: row.what, why: row.why }));
  }

  addCorrection(meetingId: string, correction: { author: string; role: Role; what: string; why: string }): Correction {
    const row = this.db.insert(corrections).values({ meetingId, ...correction }).returning().get();
    return { id: row.id, author: row.author, role: row.role, at: row.createdAt.toISOString(), what: row.what, why: row.why };
  }

  private storedLock(meetingId: string): (StoredLock & { adjustedBy: string; adjustedAt: Date }) | null {
    return this.db.select().from(adjustments).where(eq(adjustments.meetingId, meetingId)).get() ?? null;
  }

  private recordOf(lock: { meetingId: string; sha256: string; protocolSha256: string; adjustedBy: string; adjustedAt: Date }): AdjustmentRecord {
    const round = this.latestRound(lock.meetingId)?.round ?? 0;
    return {
      adjustedAt: lock.adjustedAt.toISOString(),
      adjustedBy: lock.adjustedBy,
      sha256: lock.sha256,
      protocolSha256: lock.protocolSha256,
      approvals: this.decisions(lock.meetingId, round).filter((approval) => approval.decision === 'approved'),
    };
  }
}

function toApprovalRecord(row: typeof approvals.$inferSelect): ApprovalRecord {
  return {
    name: row.name,
    organization: row.organization ?? '',
    role: row.role,
    verification: verificationOf(row),
    decision: row.decision,
    reason: row.reason,
    at: row.createdAt.toISOString(),
    round: row.round,
  };
}

/** Rows written before approvals needed a verified person have no attendee and no method: null, not a guess. */
function verificationOf(row: typeof approvals.$inferSelect): Verification | null {
  if (row.attendeeId === null || row.method === null) return null;
  return { method: row.method, attendeeId: row.attendeeId, email: row.email, issuer: row.issuer, subject: row.subject };
}
