import * as Y from 'yjs';

type Struct = Y.Item | Y.GC | Y.Skip;

/** What the document held of each client before an update: new structs start there. */
export function clocksBefore(doc: Y.Doc, structs: Struct[]): Map<number, number> {
  const clocks = new Map<number, number>();
  for (const struct of structs) {
    if (!clocks.has(struct.id.client)) clocks.set(struct.id.client, Y.getState(doc.store, struct.id.client));
  }
  return clocks;
}

/**
 * Whether every item the update added now sits where its own references put
 * it: its left origin somewhere to its left and its right origin somewhere
 * to its right, in the same list. A writer's neighbours are so when it
 * types, and stay so whatever others insert in between; a forged update
 * that names a right origin left of its origin (or the same character for
 * both) is placed by Yjs in a way a reload of the stored bytes does not
 * reproduce, so the live document would differ from what is stored.
 * Walks only past the items inserted between an item and its origins,
 * which Yjs's own integration walked too.
 */
export function integratedAsWritten(doc: Y.Doc, structs: Struct[], before: Map<number, number>): boolean {
  for (const struct of structs) {
    if (!(struct instanceof Y.Item)) continue;
    const { client, clock } = struct.id;
    const firstNew = Math.max(clock, before.get(client) ?? 0);
    if (firstNew >= clock + struct.length) continue;
    let item: Y.Item | Y.GC;
    try {
      item = Y.getItem(doc.store, Y.createID(client, firstNew));
    } catch {
      return false;
    }
    if (!(item instanceof Y.Item) || item.parent === null) continue;
    if (item.origin && !reachable(doc, item, item.origin, 'left')) return false;
    if (item.rightOrigin && !reachable(doc, item, item.rightOrigin, 'right')) return false;
  }
  return true;
}

function reachable(doc: Y.Doc, from: Y.Item, target: Y.ID, direction: 'left' | 'right'): boolean {
  // Nearly always the neighbour itself (nobody typed in between): no lookup needed.
  const next = from[direction];
  if (next !== null && holds(next, target)) return true;
  let wanted: Y.Item | Y.GC;
  try {
    wanted = Y.getItem(doc.store, target);
  } catch {
    return false;
  }
  let at: Y.Item | null = from[direction];
  while (at !== null && at !== wanted) at = at[direction];
  return at !== null;
}

function holds(item: Y.Item, id: Y.ID): boolean {
  return item.id.client === id.client && id.clock >= item.id.clock && id.clock < item.id.clock + item.length;
}
