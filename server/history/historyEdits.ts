import * as Y from 'yjs';
import type { HistoryAuthor, HistoryEdit } from '../../shared/api/history';
import type { HistorySource, ReplayProblem } from './replayHistory';
import { watchTouchedItems } from './touchedItems';

/** Updates of one author this close together are one edit. */
export const EDIT_GAP_MS = 60_000;

/** The edits of a meeting's log up to one of its rows, and the replay there, to go on from. */
export interface EditsSoFar {
  upToUpdateId: number;
  /** How many rows of the log the edits were made from (a row set aside since makes them stale). */
  rows: number;
  edits: HistoryEdit[];
  problems: ReplayProblem[];
  /** The replay's document after upToUpdateId, without garbage collection. */
  state: Uint8Array;
}

/**
 * The meeting's stored updates grouped into edits (consecutive updates of
 * one author, each within EDIT_GAP_MS of the one before), each with the §
 * it changed. Replays the log in a document without garbage collection,
 * from the history's base or from `from` (the answer of an earlier call:
 * only the rows after it are replayed, and its last edit may go on).
 */
export function historyEdits(source: Pick<HistorySource, 'historyBase' | 'rows'>, meetingId: string, firstParagraph: number, from: EditsSoFar | null = null): EditsSoFar {
  const doc = new Y.Doc({ gc: false });
  try {
    const base = from ? null : source.historyBase(meetingId);
    const start = from ? from.state : base?.data;
    if (start) Y.applyUpdate(doc, start);
    const rows = source.rows(meetingId, from ? from.upToUpdateId : (base?.upToUpdateId ?? 0), null);
    if (from && rows.length === 0) return from;
    const watch = watchTouchedItems(doc, firstParagraph);
    const edits = from ? from.edits.slice(0, -1) : [];
    const problems = from ? [...from.problems] : [];
    const last = from?.edits.at(-1);
    let open: { edit: HistoryEdit; items: Set<number>; last: number } | null = last ? { edit: { ...last }, items: new Set(last.items), last: Date.parse(last.until) } : null;
    let upTo = from?.upToUpdateId ?? base?.upToUpdateId ?? 0;
    for (const row of rows) {
      upTo = row.id;
      try {
        Y.applyUpdate(doc, row.data);
      } catch (error) {
        // The listing goes on: the edits around it are still history. A rebuild of a point reports it too.
        problems.push({ updateId: row.id, reason: `threw: ${error instanceof Error ? error.message : String(error)}` });
      }
      const items = watch.take();
      const at = row.at.getTime();
      if (open && sameAuthor(open.edit.by, row.by) && at - open.last <= EDIT_GAP_MS) {
        for (const item of items) open.items.add(item);
        open.edit.until = row.at.toISOString();
        open.edit.upToUpdateId = row.id;
        open.last = at;
        continue;
      }
      if (open) edits.push(close(open));
      open = { edit: { at: row.at.toISOString(), until: row.at.toISOString(), by: row.by, items: [], upToUpdateId: row.id }, items: new Set(items), last: at };
    }
    if (open) edits.push(close(open));
    watch.stop();
    return { upToUpdateId: upTo, rows: (from?.rows ?? 0) + rows.length, edits, problems, state: Y.encodeStateAsUpdate(doc) };
  } finally {
    doc.destroy();
  }
}

function close(open: { edit: HistoryEdit; items: Set<number> }): HistoryEdit {
  return { ...open.edit, items: [...open.items].sort((a, b) => a - b) };
}

function sameAuthor(a: HistoryAuthor, b: HistoryAuthor): boolean {
  return a.name === b.name && a.role === b.role;
}
