import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { and, asc, count, desc, eq, gt, isNotNull, isNull, lt, lte, max } from 'drizzle-orm';
import type { HistoryAuthor, HistoryLabel } from '../../shared/api/history';
import type { Db } from '../db/openDatabase';
import { historyCheckpoints, updates } from '../db/schema';

/** A checkpoint as stored, without its state. */
export interface CheckpointRow {
  id: number;
  label: HistoryLabel;
  upToUpdateId: number;
  by: HistoryAuthor;
  at: Date;
}

/** One stored update with who sent it and when. */
export interface LogRow {
  id: number;
  data: Uint8Array;
  at: Date;
  by: HistoryAuthor;
}

const checkpointColumns = {
  id: historyCheckpoints.id,
  label: historyCheckpoints.label,
  upToUpdateId: historyCheckpoints.upToUpdateId,
  byName: historyCheckpoints.byName,
  byRole: historyCheckpoints.byRole,
  at: historyCheckpoints.createdAt,
};

/**
 * The history's tables: the named checkpoints, and the update log read
 * with its authors. Every query names the meeting: a checkpoint or row of
 * another meeting is never part of this one's history.
 */
export class HistoryStore {
  constructor(private readonly db: Db) {}

  record(meetingId: string, label: HistoryLabel, upToUpdateId: number, by: HistoryAuthor): number {
    const row = this.db.insert(historyCheckpoints).values({ meetingId, label, upToUpdateId, byName: by.name, byRole: by.role }).returning({ id: historyCheckpoints.id }).get();
    return row.id;
  }

  checkpoints(meetingId: string): CheckpointRow[] {
    return this.db.select(checkpointColumns).from(historyCheckpoints).where(eq(historyCheckpoints.meetingId, meetingId)).orderBy(asc(historyCheckpoints.id)).all().map(toCheckpoint);
  }

  /** The checkpoint, if it is one of this meeting's. */
  checkpoint(meetingId: string, id: number): CheckpointRow | null {
    const row = this.db
      .select(checkpointColumns)
      .from(historyCheckpoints)
      .where(and(eq(historyCheckpoints.meetingId, meetingId), eq(historyCheckpoints.id, id)))
      .get();
    return row ? toCheckpoint(row) : null;
  }

  /** The newest checkpoint's point, or null when the meeting has none. */
  lastCheckpointUpTo(meetingId: string): number | null {
    const row = this.db.select({ upTo: max(historyCheckpoints.upToUpdateId), n: count() }).from(historyCheckpoints).where(eq(historyCheckpoints.meetingId, meetingId)).get();
    return row && row.n > 0 ? (row.upTo ?? 0) : null;
  }

  /** The newest checkpoint whose state is filled in, at or before upToUpdateId. */
  nearestState(meetingId: string, upToUpdateId: number): { upToUpdateId: number; state: Uint8Array } | null {
    const row = this.db
      .select({ upToUpdateId: historyCheckpoints.upToUpdateId, state: historyCheckpoints.state })
      .from(historyCheckpoints)
      .where(and(eq(historyCheckpoints.meetingId, meetingId), lte(historyCheckpoints.upToUpdateId, upToUpdateId), isNotNull(historyCheckpoints.state)))
      .orderBy(desc(historyCheckpoints.upToUpdateId), desc(historyCheckpoints.id))
      .limit(1)
      .get();
    return row?.state ? { upToUpdateId: row.upToUpdateId, state: new Uint8Array(inflateRawSync(row.state)) } : null;
  }

  /** Checkpoints whose state is not filled in yet, oldest point first. */
  unfilled(meetingId: string): { id: number; upToUpdateId: number }[] {
    return this.db
      .select({ id: historyCheckpoints.id, upToUpdateId: historyCheckpoints.upToUpdateId })
      .from(historyCheckpoints)
      .where(and(eq(historyCheckpoints.meetingId, meetingId), isNull(historyCheckpoints.state)))
      .orderBy(asc(historyCheckpoints.upToUpdateId), asc(historyCheckpoints.id))
      .all();
  }

  /** Stores a checkpoint's state, deflated: a state without garbage collection is mostly text, every word ever typed. */
  fill(id: number, state: Uint8Array): void {
    this.db.update(historyCheckpoints).set({ state: deflateRawSync(state) }).where(eq(historyCheckpoints.id, id)).run();
  }

  /** Id of the meeting's newest stored update (0 if none). */
  latestUpdateId(meetingId: string): number {
    return this.db.select({ id: max(updates.id) }).from(updates).where(eq(updates.meetingId, meetingId)).get()?.id ?? 0;
  }

  /** Id of the meeting's newest stored update before `updateId` (0 if none). */
  latestUpdateIdBefore(meetingId: string, updateId: number): number {
    return this.db.select({ id: max(updates.id) }).from(updates).where(and(eq(updates.meetingId, meetingId), lt(updates.id, updateId))).get()?.id ?? 0;
  }

  /** How many of the meeting's rows lie at or before `upToId`. */
  countUpTo(meetingId: string, upToId: number): number {
    return this.db.select({ n: count() }).from(updates).where(and(eq(updates.meetingId, meetingId), lte(updates.id, upToId))).get()?.n ?? 0;
  }

  /** How many of the meeting's rows lie after `afterId`. */
  countAfter(meetingId: string, afterId: number): number {
    return this.db.select({ n: count() }).from(updates).where(and(eq(updates.meetingId, meetingId), gt(updates.id, afterId))).get()?.n ?? 0;
  }

  /** The meeting's rows after `afterId` up to `upToId` (all when null), oldest first. */
  rows(meetingId: string, afterId: number, upToId: number | null): LogRow[] {
    const range = upToId === null ? gt(updates.id, afterId) : and(gt(updates.id, afterId), lte(updates.id, upToId));
    return this.db
      .select({ id: updates.id, data: updates.data, at: updates.createdAt, byName: updates.byName, byRole: updates.byRole })
      .from(updates)
      .where(and(eq(updates.meetingId, meetingId), range))
      .orderBy(asc(updates.id))
      .all()
      .map((row) => ({ id: row.id, data: new Uint8Array(row.data), at: row.at, by: { name: row.byName, role: row.byRole } }));
  }
}

function toCheckpoint(row: { id: number; label: HistoryLabel; upToUpdateId: number; byName: string | null; byRole: CheckpointRow['by']['role']; at: Date }): CheckpointRow {
  return { id: row.id, label: row.label, upToUpdateId: row.upToUpdateId, by: { name: row.byName, role: row.byRole }, at: row.at };
}
