import { and, asc, count, desc, eq, gt, lt, max, min, notInArray } from 'drizzle-orm';
import type { Statement } from 'better-sqlite3';
import { getTableConfig } from 'drizzle-orm/sqlite-core';
import * as Y from 'yjs';
import type { LockIntegrity } from '../../shared/adjustment/types';
import type { HistoryAuthor } from '../../shared/api/history';
import { IntegrityFailure } from '../adjustment/integrityFailure';
import { LockIntegrityCheck } from '../adjustment/lockIntegrityCheck';
import type { Db } from '../db/openDatabase';
import { adjustments, quarantinedRows, snapshots, updates } from '../db/schema';
import { loadDocument } from './loadDocument';
import type { RoomStore } from './roomStore';

/**
 * Snapshots kept per meeting besides the history's base (see historyBase);
 * older ones are pruned when a new one is written. A load needs only the
 * newest; the others are what a damaged newest one gives way to, and since
 * the log is kept, each of them plus the rows after it is the whole document.
 */
const SNAPSHOTS_KEPT = 5;

/** The server's own changes (a stored document converted to a new shape): no person, no role. */
const SERVER: HistoryAuthor = { name: null, role: null };

export interface StoredDocument {
  snapshot: Uint8Array | null;
  /** The snapshot's row (null for none, or for an adjusted meeting's final bytes). */
  snapshotId: number | null;
  /** Updates appended after the snapshot, oldest first. */
  updates: { id: number; data: Uint8Array }[];
  /** Id of the newest update the stored state covers (0 if none). */
  lastUpdateId: number;
  /** Set for an adjusted meeting: whether its final bytes still match the SHA-256 of the lock. */
  integrity?: LockIntegrity;
}

/** A stored row the room could not load, and why. */
export interface QuarantinedRow {
  source: 'update' | 'snapshot';
  id: number;
  reason: string;
}

/**
 * Durable state of every meeting's Y.Doc: an append-only update log and
 * compacted snapshots. The append is a prepared statement because it runs
 * once per keystroke, before the update is applied or relayed. The log is
 * never folded away: it is the meeting's history (see server/history); a
 * snapshot only says where a load may start.
 */
export class DocumentStore implements RoomStore {
  private readonly insertUpdate: Statement<[string, Buffer, string | null, string | null]>;

  constructor(
    private readonly db: Db,
    private readonly integrity: LockIntegrityCheck = new LockIntegrityCheck(),
    /** Told of every row set aside (the server logs it and records it in the meeting's event log). */
    private readonly onQuarantine: (meetingId: string, row: QuarantinedRow) => void = () => undefined,
  ) {
    // The driver's own statement, not Drizzle's: Drizzle's INSERT … RETURNING cost ~0.2 ms per
    // keystroke (a third of the server's update path in a profile), the bare insert ~20 µs.
    const { name } = getTableConfig(updates);
    this.insertUpdate = db.$client.prepare(
      `insert into "${name}" ("${updates.meetingId.name}", "${updates.data.name}", "${updates.byName.name}", "${updates.byRole.name}") values (?, ?, ?, ?)`,
    );
  }

  /** Appends one update durably, with who sent it, and returns its id. */
  append(meetingId: string, update: Uint8Array, by: HistoryAuthor = SERVER): number {
    return Number(this.insertUpdate.run(meetingId, toBuffer(update), by.name, by.role).lastInsertRowid);
  }

  /** Takes back an update that was appended but could not be applied. */
  remove(updateId: number): void {
    this.db.delete(updates).where(eq(updates.id, updateId)).run();
  }

  /**
   * The stored document. An adjusted meeting's final bytes are checked against
   * their SHA-256 (a mismatch is logged and reported in `integrity`) but still
   * returned: a room must load whatever one meeting holds. Readers that serve
   * the protocol use loadVerified.
   */
  load(meetingId: string): StoredDocument {
    // An adjusted meeting is its final bytes as the lock stored them, whatever the log still holds.
    const locked = this.db
      .select({ meetingId: adjustments.meetingId, data: adjustments.data, sha256: adjustments.sha256, protocolJson: adjustments.protocolJson, protocolSha256: adjustments.protocolSha256 })
      .from(adjustments)
      .where(eq(adjustments.meetingId, meetingId))
      .get();
    if (locked) return { snapshot: new Uint8Array(locked.data), snapshotId: null, updates: [], lastUpdateId: 0, integrity: this.integrity.check(locked) };
    const snapshot = this.db
      .select({ id: snapshots.id, data: snapshots.data, upToUpdateId: snapshots.upToUpdateId })
      .from(snapshots)
      .where(eq(snapshots.meetingId, meetingId))
      .orderBy(desc(snapshots.id))
      .limit(1)
      .get();
    const after = snapshot?.upToUpdateId ?? 0;
    const rows = this.db
      .select({ id: updates.id, data: updates.data })
      .from(updates)
      .where(and(eq(updates.meetingId, meetingId), gt(updates.id, after)))
      .orderBy(asc(updates.id))
      .all();
    return {
      snapshot: snapshot ? new Uint8Array(snapshot.data) : null,
      snapshotId: snapshot?.id ?? null,
      updates: rows.map((row) => ({ id: row.id, data: new Uint8Array(row.data) })),
      lastUpdateId: rows.at(-1)?.id ?? after,
    };
  }

  /** The document state as a snapshot, nothing derived (see ProtocolSnapshotStore for the rows). */
  snapshot(meetingId: string, doc: Y.Doc, upToUpdateId: number): number {
    const state = Y.encodeStateAsUpdate(doc);
    this.compact(meetingId, state, upToUpdateId);
    return state.length;
  }

  /** The stored document; throws IntegrityFailure for an adjusted meeting whose final bytes no longer match their SHA-256. */
  loadVerified(meetingId: string): StoredDocument {
    const stored = this.load(meetingId);
    if (stored.integrity === 'mismatch') throw new IntegrityFailure(meetingId);
    return stored;
  }

  /** The stored document rebuilt as a Y.Doc (rows that do not load are set aside, as on a room's load); verified like loadVerified. */
  loadDoc(meetingId: string): Y.Doc {
    return loadDocument(
      { load: (id) => this.loadVerified(id), quarantine: (id, row) => this.quarantine(id, row), replaceSnapshot: (id, row, cleaned) => this.replaceSnapshot(id, row, cleaned) },
      meetingId,
    ).doc;
  }

  /**
   * Writes a snapshot of the state after every update up to upToUpdateId:
   * a load then reads it and the rows after it, so loading stays bounded
   * while the log before it is kept as history. Inside an outer
   * transaction it is a savepoint: better-sqlite3 nests them, so a caller
   * can write derived rows in the same transaction.
   */
  compact(meetingId: string, state: Uint8Array, upToUpdateId: number): void {
    this.db.transaction((tx) => {
      const base = this.historyBase(meetingId);
      tx.insert(snapshots).values({ meetingId, data: toBuffer(state), upToUpdateId }).run();
      const kept = tx
        .select({ id: snapshots.id })
        .from(snapshots)
        .where(eq(snapshots.meetingId, meetingId))
        .orderBy(desc(snapshots.id))
        .limit(SNAPSHOTS_KEPT)
        .all()
        .map((row) => row.id);
      if (base) kept.push(base.id);
      tx.delete(snapshots)
        .where(and(eq(snapshots.meetingId, meetingId), notInArray(snapshots.id, kept)))
        .run();
    });
  }

  /**
   * Moves a stored row that does not load out of the document, into
   * `quarantined_rows`, in one transaction: the next load goes without it
   * (for a snapshot: with the one before it, and the log after it).
   */
  quarantine(meetingId: string, row: QuarantinedRow): void {
    const table = row.source === 'update' ? updates : snapshots;
    let moved = false;
    this.db.transaction((tx) => {
      const stored = tx
        .select({ data: table.data })
        .from(table)
        .where(and(eq(table.id, row.id), eq(table.meetingId, meetingId)))
        .get();
      if (!stored) return;
      tx.insert(quarantinedRows).values({ meetingId, source: row.source, sourceId: row.id, data: stored.data, reason: row.reason }).run();
      tx.delete(table).where(eq(table.id, row.id)).run();
      moved = true;
    });
    if (moved) this.onQuarantine(meetingId, row);
  }

  /**
   * Replaces a snapshot's bytes by `cleaned` and keeps the original in
   * `quarantined_rows`, in one transaction: for a snapshot that holds
   * content Yjs keeps pending, whose integrated part is everyone's work.
   */
  replaceSnapshot(meetingId: string, row: QuarantinedRow, cleaned: Uint8Array): void {
    let replaced = false;
    this.db.transaction((tx) => {
      const stored = tx
        .select({ data: snapshots.data })
        .from(snapshots)
        .where(and(eq(snapshots.id, row.id), eq(snapshots.meetingId, meetingId)))
        .get();
      if (!stored) return;
      tx.insert(quarantinedRows).values({ meetingId, source: 'snapshot', sourceId: row.id, data: stored.data, reason: row.reason }).run();
      tx.update(snapshots).set({ data: toBuffer(cleaned) }).where(eq(snapshots.id, row.id)).run();
      replaced = true;
    });
    if (replaced) this.onQuarantine(meetingId, row);
  }

  /** How many rows of a meeting's document were set aside, and when the last was. */
  quarantined(meetingId: string): { rows: number; lastAt: Date | null } {
    const found = this.db
      .select({ rows: count(), lastAt: max(quarantinedRows.createdAt) })
      .from(quarantinedRows)
      .where(eq(quarantinedRows.meetingId, meetingId))
      .get();
    return { rows: found?.rows ?? 0, lastAt: found?.lastAt ?? null };
  }

  /**
   * Where the meeting's history starts: the newest snapshot older than
   * every row of its log (the seeded document of a new meeting, whose
   * snapshot covers no update; for a meeting compacted before the log was
   * kept, its newest snapshot from then). Null when the log reaches back to
   * an empty document. Never pruned: without it the log would not replay.
   */
  historyBase(meetingId: string): { id: number; data: Uint8Array; upToUpdateId: number } | null {
    const first = this.db.select({ id: min(updates.id) }).from(updates).where(eq(updates.meetingId, meetingId)).get()?.id ?? null;
    const base = this.db
      .select({ id: snapshots.id, data: snapshots.data, upToUpdateId: snapshots.upToUpdateId })
      .from(snapshots)
      .where(first === null ? eq(snapshots.meetingId, meetingId) : and(eq(snapshots.meetingId, meetingId), lt(snapshots.upToUpdateId, first)))
      .orderBy(desc(snapshots.id))
      .limit(1)
      .get();
    return base ? { id: base.id, data: new Uint8Array(base.data), upToUpdateId: base.upToUpdateId } : null;
  }

  /** Number of log rows of a meeting (for tests and diagnostics). */
  countUpdates(meetingId: string): number {
    return this.db.select({ n: count() }).from(updates).where(eq(updates.meetingId, meetingId)).get()?.n ?? 0;
  }
}

function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
