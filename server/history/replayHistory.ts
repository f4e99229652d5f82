import * as Y from 'yjs';
import type { LogRow } from './historyStore';

/** What a replay reads: where the history starts, the filled checkpoints, the log. */
export interface HistorySource {
  historyBase(meetingId: string): { data: Uint8Array; upToUpdateId: number } | null;
  nearestState(meetingId: string, upToUpdateId: number): { upToUpdateId: number; state: Uint8Array } | null;
  rows(meetingId: string, afterId: number, upToId: number | null): LogRow[];
}

/** The source a replay reads, from the history's store and the document store (its base). */
export function historySource(history: Pick<HistorySource, 'nearestState' | 'rows'>, documents: Pick<HistorySource, 'historyBase'>): HistorySource {
  return {
    historyBase: (meetingId) => documents.historyBase(meetingId),
    nearestState: (meetingId, upTo) => history.nearestState(meetingId, upTo),
    rows: (meetingId, afterId, upToId) => history.rows(meetingId, afterId, upToId),
  };
}

/** A stored update the replay left out, and why. */
export interface ReplayProblem {
  updateId: number;
  reason: string;
}

export interface Replay {
  /** Without garbage collection: deleted content is kept, so two points can be compared (Y.snapshot). */
  doc: Y.Doc;
  problems: ReplayProblem[];
}

/**
 * The meeting's document as it stood after every stored update up to
 * `upToUpdateId`, rebuilt from its own log: from the nearest checkpoint
 * whose state is filled in (or the history's base), then the rows after it.
 * A row that throws or builds on what the document does not have is left
 * out and reported, never thrown past the caller (stored rows were checked
 * when they arrived; these are rows from before that, or damaged on disk).
 */
export function replayHistory(source: HistorySource, meetingId: string, upToUpdateId: number): Replay {
  const base = source.historyBase(meetingId);
  const checkpoint = source.nearestState(meetingId, upToUpdateId);
  const start = checkpoint && checkpoint.upToUpdateId >= (base?.upToUpdateId ?? 0) ? { data: checkpoint.state, upToUpdateId: checkpoint.upToUpdateId } : base;
  const fresh = (): Y.Doc => {
    const doc = new Y.Doc({ gc: false });
    if (start) Y.applyUpdate(doc, start.data);
    return doc;
  };
  let doc = fresh();
  const problems: ReplayProblem[] = [];
  const kept: LogRow[] = [];
  for (const row of source.rows(meetingId, start?.upToUpdateId ?? 0, upToUpdateId)) {
    const problem = apply(doc, row.data);
    if (problem === null) {
      kept.push(row);
      continue;
    }
    problems.push({ updateId: row.id, reason: problem });
    if (!problem.startsWith('threw')) continue;
    // Yjs has no rollback: what a failed row half-applied is dropped with the document.
    doc.destroy();
    doc = fresh();
    for (const good of kept) Y.applyUpdate(doc, good.data);
  }
  return { doc, problems };
}

/** Applies one row, or says why not (a row that threw must be rebuilt without: it may have half-applied). */
function apply(doc: Y.Doc, update: Uint8Array): string | null {
  const pendingBefore = hasPending(doc);
  try {
    Y.applyUpdate(doc, update);
  } catch (error) {
    return `threw: ${error instanceof Error ? error.message : String(error)}`;
  }
  if (pendingBefore || !hasPending(doc)) return null;
  // Yjs would keep it waiting for content it will never get, and retry it on every later row; what integrated stays.
  doc.store.pendingStructs = null;
  doc.store.pendingDs = null;
  return 'incomplete: builds on content the history does not have';
}

function hasPending(doc: Y.Doc): boolean {
  return doc.store.pendingStructs !== null || doc.store.pendingDs !== null;
}
