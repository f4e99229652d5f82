import { fromBase64 } from 'lib0/buffer';
import * as Y from 'yjs';
import type { HistoryAuthor, HistoryComparison } from '../../shared/api/history';

type DeleteSet = ReturnType<typeof Y.createDeleteSet>;

/** One author of the changes shown, as the legend and the marks name them. */
export interface ComparisonPerson {
  label: string;
  by: HistoryAuthor;
}

/** What an editor needs to render a comparison: the document with its history, the two points, and who did what. */
export interface ComparisonDoc {
  doc: Y.Doc;
  snapshot: Y.Snapshot;
  prevSnapshot: Y.Snapshot;
  /** The part of Yjs's PermanentUserData the snapshot rendering reads: who inserted (by client) and who deleted (by delete set). */
  users: Pick<Y.PermanentUserData, 'dss' | 'getUserByClientId' | 'getUserByDeletedId'>;
  people: ComparisonPerson[];
}

/**
 * Builds the comparison's document (without garbage collection: it holds
 * what was deleted between the points) and the author lookups from the
 * server's answer. `label` words an author (a name, or the role).
 */
export function comparisonDoc(comparison: HistoryComparison, label: (by: HistoryAuthor) => string): ComparisonDoc {
  const doc = new Y.Doc({ gc: false });
  Y.applyUpdate(doc, fromBase64(comparison.update));
  const byClient = new Map<number, string>();
  const dss = new Map<string, DeleteSet>();
  const people: ComparisonPerson[] = [];
  for (const author of comparison.authors) {
    const name = label(author.by);
    if (!people.some((person) => person.label === name)) people.push({ label: name, by: author.by });
    for (const client of author.clients) byClient.set(client, name);
    const deleted = Y.decodeSnapshot(fromBase64(author.deleted)).ds;
    const earlier = dss.get(name);
    dss.set(name, earlier ? Y.mergeDeleteSets([earlier, deleted]) : deleted);
  }
  const users: ComparisonDoc['users'] = {
    dss,
    getUserByClientId: (client: number) => byClient.get(client) ?? null,
    getUserByDeletedId: (id: Y.ID) => {
      for (const [name, ds] of dss) if (Y.isDeleted(ds, id)) return name;
      return null;
    },
  };
  return {
    doc,
    snapshot: Y.decodeSnapshot(fromBase64(comparison.toSnapshot)),
    prevSnapshot: Y.decodeSnapshot(fromBase64(comparison.fromSnapshot)),
    users,
    people,
  };
}
