import * as Y from 'yjs';
import { clocksBefore, integratedAsWritten } from '../collab/integratedAsWritten';
import { inspectUpdate } from '../collab/updateCheck';
import { isWellFormedUpdate } from '../collab/wellFormedUpdate';
import type { QuarantinedRow, StoredDocument } from './documentStore';

/** What loadDocument needs of a store. */
export interface QuarantiningStore {
  load(meetingId: string): StoredDocument;
  quarantine(meetingId: string, row: QuarantinedRow): void;
  replaceSnapshot(meetingId: string, row: QuarantinedRow, cleaned: Uint8Array): void;
}

export interface LoadedDocument {
  doc: Y.Doc;
  /** What was loaded, without the rows set aside. */
  stored: StoredDocument;
  /** Rows set aside during this load. */
  quarantined: QuarantinedRow[];
  /** Set when not even an empty base could be had: the lock's final bytes do not load (the document is then empty). */
  unreadable?: string;
}

/** Snapshots the store keeps, plus one: a load never loops for longer than there are snapshots to fall back to. */
const MAX_ATTEMPTS = 7;

/**
 * A meeting's stored document as a Y.Doc, whatever the store holds. A row
 * that does not load (bytes Yjs cannot read or throws on, an update a
 * client could not send today: malformed, or placed other than its
 * origins say) is set aside through `store.quarantine` instead of
 * stopping the meeting: a bad snapshot gives way to the one before it, a
 * bad update is left out. Content that lacks what it builds on (Yjs would
 * keep it pending and retry it on every later change: a million such
 * deletions made each keystroke cost most of a second) is set aside too,
 * as the live server refuses it: an update row whole, and from a snapshot
 * only that part (the snapshot keeps everything else). A client that has
 * what it builds on has the content too and sends both on reconnect. An
 * adjusted meeting's final bytes are never set aside.
 */
export function loadDocument(store: QuarantiningStore, meetingId: string): LoadedDocument {
  const quarantined: QuarantinedRow[] = [];
  const setAside = (row: QuarantinedRow) => {
    store.quarantine(meetingId, row);
    quarantined.push(row);
  };
  for (let attempt = 1; ; attempt++) {
    const stored = store.load(meetingId);
    let doc = new Y.Doc({ gc: true });
    if (stored.integrity === 'mismatch') return { doc, stored, quarantined };
    const base = stored.snapshot;
    if (base) {
      const problem = applySnapshot(doc, base);
      if (problem !== null) {
        doc.destroy();
        // The final bytes of a lock are the protocol; they are reported, never moved.
        if (stored.snapshotId === null || attempt >= MAX_ATTEMPTS) return { doc: new Y.Doc({ gc: true }), stored, quarantined, unreadable: problem };
        setAside({ source: 'snapshot', id: stored.snapshotId, reason: problem });
        continue;
      }
    }
    const kept: StoredDocument['updates'] = [];
    for (const update of stored.updates) {
      const problem = applyStored(doc, update.data);
      if (problem === null) {
        kept.push(update);
        continue;
      }
      setAside({ source: 'update', id: update.id, reason: problem });
      if (problem.startsWith('threw')) {
        // Half-applied: what the document holds is no longer base plus the kept rows.
        doc.destroy();
        doc = new Y.Doc({ gc: true });
        if (base) Y.applyUpdate(doc, base);
        for (const good of kept) Y.applyUpdate(doc, good.data);
      }
    }
    if (hasPending(doc) && stored.integrity === undefined) {
      const reason = pendingReason(doc);
      const waiting = kept.filter((update) => !integrated(doc, update.data));
      for (const update of waiting) setAside({ source: 'update', id: update.id, reason });
      const left = kept.filter((update) => !waiting.includes(update));
      // What integrated never builds on what did not, so the rest loads complete without them.
      doc.destroy();
      doc = new Y.Doc({ gc: true });
      if (base) Y.applyUpdate(doc, base);
      for (const good of left) Y.applyUpdate(doc, good.data);
      if (hasPending(doc) && stored.snapshotId !== null) {
        // The snapshot holds it: the snapshot becomes what integrated (the rows after it then
        // apply again as no-ops, which Yjs allows), its original bytes are kept aside.
        const row = { source: 'snapshot' as const, id: stored.snapshotId, reason: pendingReason(doc) };
        dropPending(doc);
        const cleaned = Y.encodeStateAsUpdate(doc);
        store.replaceSnapshot(meetingId, row, cleaned);
        quarantined.push(row);
        return { doc, stored: { ...stored, snapshot: cleaned, updates: left }, quarantined };
      }
      return { doc, stored: { ...stored, updates: left }, quarantined };
    }
    return { doc, stored: { ...stored, updates: kept }, quarantined };
  }
}

/**
 * A snapshot is the server's own encoding of a document it held, so only
 * bytes that do not load are refused; one nested too deep (from before the
 * limit) still holds everyone's work and is kept (reading flattens it).
 */
function applySnapshot(doc: Y.Doc, snapshot: Uint8Array): string | null {
  // Only readability: the full update checks would also measure the nesting of the whole document, on every load.
  if (!isWellFormedUpdate(snapshot)) return 'malformed: not a Yjs update Yjs can write back out';
  return tryApply(doc, snapshot);
}

/** Applies one stored row, or says why it may not be (then nothing of it was applied, unless the reason starts with "threw"). */
function applyStored(doc: Y.Doc, update: Uint8Array): string | null {
  const checked = inspectUpdate(doc, update);
  if (checked.problem === 'malformed') return 'malformed: not a Yjs update Yjs can write back out';
  // Nested too deep (stored before the limit) or pending until what it builds on arrives: kept, as
  // it holds someone's work; reading flattens what lies below the limit.
  if (checked.problem !== null) return tryApply(doc, update);
  const before = clocksBefore(doc, checked.structs);
  const problem = tryApply(doc, update);
  if (problem !== null) return problem;
  return integratedAsWritten(doc, checked.structs, before) ? null : 'threw: an item is not where its origins put it';
}

function tryApply(doc: Y.Doc, update: Uint8Array): string | null {
  try {
    Y.applyUpdate(doc, update);
    return null;
  } catch (error) {
    return `threw: ${error instanceof Error ? error.message : String(error)}`;
  }
}

function hasPending(doc: Y.Doc): boolean {
  return doc.store.pendingStructs !== null || doc.store.pendingDs !== null;
}

/** What the document holds pending, in words, for the log and the event log. */
function pendingReason(doc: Y.Doc): string {
  // Yjs keeps what it holds back in its v2 encoding.
  const structs = doc.store.pendingStructs ? Y.decodeUpdateV2(doc.store.pendingStructs.update).structs.length : 0;
  let ranges = 0;
  if (doc.store.pendingDs) for (const list of Y.decodeUpdateV2(doc.store.pendingDs).ds.clients.values()) ranges += list.length;
  return `incomplete: ${structs} structs and ${ranges} deleted ranges build on content the server does not have (Yjs would retry them on every change)`;
}

/** Forgets what Yjs holds pending: the encoded state then holds only what integrated. */
function dropPending(doc: Y.Doc): void {
  doc.store.pendingStructs = null;
  doc.store.pendingDs = null;
}

/** Whether all of a stored update is in the document: every struct within its client's state, every deletion too. */
function integrated(doc: Y.Doc, update: Uint8Array): boolean {
  const { structs, ds } = Y.decodeUpdate(update);
  for (const struct of structs) if (struct.id.clock + struct.length > Y.getState(doc.store, struct.id.client)) return false;
  for (const [client, ranges] of ds.clients) {
    const state = Y.getState(doc.store, client);
    if (ranges.some((range) => range.clock + range.len > state)) return false;
  }
  return true;
}
