import { and, asc, desc, eq, or } from 'drizzle-orm';
import type { AdjustmentRecord, ApprovalRecord, ApproverRole, Correction, RequiredApprover } from '../../shared/adjustment/types';
import type { MeetingState } from '../../shared/meetingKind';
import type { Role } from '../../shared/roles';
import type { Db } from '../db/openDatabase';
import { adjustments, approvals, corrections, exportHashes, meetings, reviews } from '../db/schema';

export type ReviewRow = typeof reviews.$inferSelect;

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
  constructor(private readonly db: Db) {}

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

  recordDecision(meetingId: string, round: number, decision: { name: string; role: ApproverRole; decision: 'approved' | 'declined'; reason: string | null; at: Date }): ApprovalRecord {
    const row = this.db
      .insert(approvals)
      .values({ meetingId, round, name: decision.name, role: decision.role, decision: decision.decision, reason: decision.reason, createdAt: decision.at })
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

  /** The lock record with the approvals of the round that adjusted it, or null when not adjusted. */
  adjustment(meetingId: string): AdjustmentRecord | null {
    const row = this.db
      .select({
        sha256: adjustments.sha256,
        protocolSha256: adjustments.protocolSha256,
        adjustedBy: adjustments.adjustedBy,
        adjustedAt: adjustments.adjustedAt,
      })
      .from(adjustments)
      .where(eq(adjustments.meetingId, meetingId))
      .get();
    if (!row) return null;
    const round = this.latestRound(meetingId)?.round ?? 0;
    return {
      adjustedAt: row.adjustedAt.toISOString(),
      adjustedBy: row.adjustedBy,
      sha256: row.sha256,
      protocolSha256: row.protocolSha256,
      approvals: this.decisions(meetingId, round).filter((approval) => approval.decision === 'approved'),
    };
  }

  /** The final document bytes exactly as stored by the lock. */
  finalDocument(meetingId: string): Uint8Array | null {
    const row = this.db.select({ data: adjustments.data }).from(adjustments).where(eq(adjustments.meetingId, meetingId)).get();
    return row ? new Uint8Array(row.data) : null;
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
}

function toApprovalRecord(row: typeof approvals.$inferSelect): ApprovalRecord {
  return { name: row.name, role: row.role, decision: row.decision, reason: row.reason, at: row.createdAt.toISOString(), round: row.round };
}
