import * as Y from 'yjs';
import type { ComparisonAuthor, HistoryAuthor, HistoryComparison } from '../../shared/api/history';
import { replayHistory, type HistorySource } from './replayHistory';

type DeleteSet = ReturnType<typeof Y.createDeleteSet>;

/**
 * What changed between two points of a meeting's log (update ids; `from`
 * ≤ `to`), for a browser to render: the document at `to` without garbage
 * collection (it holds everything deleted since `from`), both points as
 * snapshots, and per author the client ids of their insertions and the
 * delete set of their deletions in the rows between the points.
 */
export function historyComparison(source: HistorySource, meetingId: string, fromUpdateId: number, toUpdateId: number): HistoryComparison {
  const before = replayHistory(source, meetingId, fromUpdateId).doc;
  const after = replayHistory(source, meetingId, toUpdateId).doc;
  try {
    return {
      fromUpdateId,
      toUpdateId,
      update: toBase64(Y.encodeStateAsUpdate(after)),
      fromSnapshot: toBase64(Y.encodeSnapshot(Y.snapshot(before))),
      toSnapshot: toBase64(Y.encodeSnapshot(Y.snapshot(after))),
      authors: authorsBetween(source, meetingId, fromUpdateId, toUpdateId),
    };
  } finally {
    before.destroy();
    after.destroy();
  }
}

function authorsBetween(source: Pick<HistorySource, 'rows'>, meetingId: string, fromUpdateId: number, toUpdateId: number): ComparisonAuthor[] {
  const byKey = new Map<string, { by: HistoryAuthor; clients: Set<number>; deleted: DeleteSet[] }>();
  for (const row of source.rows(meetingId, fromUpdateId, toUpdateId)) {
    let decoded: { structs: { id: Y.ID }[]; ds: DeleteSet };
    try {
      decoded = Y.decodeUpdate(row.data);
    } catch {
      // A row that does not decode is reported by the replay; it names no author here.
      continue;
    }
    const key = `${row.by.role ?? ''}\u0000${row.by.name ?? ''}`;
    let author = byKey.get(key);
    if (!author) byKey.set(key, (author = { by: row.by, clients: new Set(), deleted: [] }));
    for (const struct of decoded.structs) author.clients.add(struct.id.client);
    if (decoded.ds.clients.size > 0) author.deleted.push(decoded.ds);
  }
  return [...byKey.values()].map(({ by, clients, deleted }) => ({
    by,
    clients: [...clients],
    deleted: toBase64(Y.encodeSnapshot(Y.createSnapshot(Y.mergeDeleteSets(deleted), new Map()))),
  }));
}

function toBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}
