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
 * to its right, in the same list, with nothing between them that the
 * writer must have seen. A writer's neighbours are so when it types (what
 * lies between them now was inserted by others at the same time), and stay
 * so whatever others insert in between. A forged update breaks one of
 * these: a right origin left of its origin, or origins with something
 * between them that one of the two was itself written against (the right
 * origin's own origin, say). Yjs places such an item in a way that depends
 * on the order it meets the others, so a reload of the stored bytes would
 * not reproduce the live document. Walks only past the items inserted
 * between an item and its origins, which Yjs's own integration walked too.
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
    if (firstNew > clock && !continuesWhatIsKnown(doc, struct, firstNew)) return false;
    const between: Span[] = [];
    if (item.origin && !reachable(doc, item, item.origin, 'left', between)) return false;
    if (item.rightOrigin && !reachable(doc, item, item.rightOrigin, 'right', between)) return false;
    // No origin on a side means the writer saw nothing there: all that lies there now came at the same time.
    // (A map entry's neighbours are earlier values of its key, which Yjs orders by itself.)
    if (item.parentSub === null) {
      if (!item.origin) passedToEnd(item, 'left', between);
      if (!item.rightOrigin) passedToEnd(item, 'right', between);
    }
    // The update's own content may lie there (written together); everything else must be new to its writer.
    const old = between.filter((span) => span.from < (before.get(span.client) ?? Number.POSITIVE_INFINITY));
    if (old.length > 0 && writerSawAny(doc, item, old)) return false;
  }
  return true;
}

/**
 * Whether the part of `struct` the document already held (up to
 * `firstNew`) lies in the list the struct says it belongs to. Yjs takes the
 * new rest as a continuation of the character it already held at
 * `firstNew - 1`, linked beside it, but keeps the list the struct declared;
 * when the two differ (a map entry whose known start is text in another
 * paragraph, say) the live document links the rest into one list and a
 * reload of the stored bytes puts it into the other. An honest writer's
 * struct is one item of one list, and the held part is the same item.
 */
function continuesWhatIsKnown(doc: Y.Doc, struct: Y.Item, firstNew: number): boolean {
  let held: Y.Item | Y.GC;
  try {
    held = Y.getItem(doc.store, Y.createID(struct.id.client, firstNew - 1));
  } catch {
    return false;
  }
  if (!(held instanceof Y.Item)) return false;
  const declared = declaredList(doc, struct);
  return declared !== null && held.parent === declared.parent && held.parentSub === declared.parentSub;
}

/** The list a decoded struct names: its parent written out, or the one of the neighbour it names, as Yjs reads it. */
function declaredList(doc: Y.Doc, struct: Y.Item): { parent: unknown; parentSub: string | null } | null {
  // A decoded struct's parent is the parent item's ID or a root type's name, not a type.
  const parent = struct.parent as unknown;
  if (typeof parent === 'string') return { parent: doc.share.get(parent) ?? null, parentSub: struct.parentSub };
  if (parent !== null && typeof parent === 'object' && 'client' in parent) {
    const owner = findItem(doc, parent as Y.ID);
    const content = owner instanceof Y.Item ? owner.content : null;
    return content instanceof Y.ContentType ? { parent: content.type, parentSub: struct.parentSub } : null;
  }
  for (const neighbour of [struct.origin, struct.rightOrigin]) {
    const found = neighbour && findItem(doc, neighbour);
    if (found instanceof Y.Item) return { parent: found.parent, parentSub: found.parentSub };
  }
  return null;
}

function findItem(doc: Y.Doc, id: Y.ID): Y.Item | Y.GC | null {
  try {
    return Y.getItem(doc.store, id);
  } catch {
    return null;
  }
}

/** Characters of one client, clocks `from` to `to` inclusive, lying between an item and one of its origins. */
interface Span {
  client: number;
  from: number;
  to: number;
}

/** Items reached through origins before giving up: concurrent inserts at one spot are few, and an honest update needs none. */
const ANCESTOR_WALK_LIMIT = 1000;

/**
 * Whether the writer of `item` had seen any of `spans`. It had seen its
 * origins and what they were written against (their origins, transitively),
 * its own earlier characters, and, with any clock of a client, every lower
 * clock of that client. Characters others inserted at the same time are in
 * none of these, so an honest item never fails; what is found is a lower
 * bound of what the writer saw, enough for the forgeries Yjs cannot place
 * consistently.
 */
function writerSawAny(doc: Y.Doc, item: Y.Item, spans: Span[]): boolean {
  const seen = new Map<number, number>();
  const saw = (id: Y.ID) => seen.set(id.client, Math.max(seen.get(id.client) ?? -1, id.clock));
  if (item.id.clock > 0) saw(Y.createID(item.id.client, item.id.clock - 1));
  const queue: Y.ID[] = [item.origin, item.rightOrigin].filter((id): id is Y.ID => id !== null);
  const visited = new Set<Y.Item>();
  while (queue.length > 0 && visited.size < ANCESTOR_WALK_LIMIT) {
    const id = queue.pop() as Y.ID;
    saw(id);
    let found: Y.Item | Y.GC;
    try {
      found = Y.getItem(doc.store, id);
    } catch {
      continue;
    }
    if (!(found instanceof Y.Item) || visited.has(found)) continue;
    visited.add(found);
    // An origin names the last character written against; the item holding it may have merged with later ones.
    const offset = id.clock - found.id.clock;
    const origin = offset === 0 ? found.origin : Y.createID(found.id.client, id.clock - 1);
    if (origin) queue.push(origin);
    if (found.rightOrigin) queue.push(found.rightOrigin);
  }
  return spans.some((span) => span.from <= (seen.get(span.client) ?? -1));
}

/**
 * Whether `target` lies in `direction` of `from`; the characters passed on
 * the way (whole items, and the part of the target's item beyond it) are
 * added to `passed`.
 */
function reachable(doc: Y.Doc, from: Y.Item, target: Y.ID, direction: 'left' | 'right', passed: Span[]): boolean {
  let wanted: Y.Item | Y.GC;
  const next = from[direction];
  // Nearly always the neighbour itself (nobody typed in between): no lookup needed.
  if (next !== null && holds(next, target)) {
    wanted = next;
  } else {
    try {
      wanted = Y.getItem(doc.store, target);
    } catch {
      return false;
    }
    let at: Y.Item | null = next;
    while (at !== null && at !== wanted) {
      passed.push({ client: at.id.client, from: at.id.clock, to: at.id.clock + at.length - 1 });
      at = at[direction];
    }
    if (at === null) return false;
  }
  const first = wanted.id.clock;
  const last = first + wanted.length - 1;
  // The left origin is the character just before the item, the right origin the one just after.
  if (direction === 'left' && target.clock < last) passed.push({ client: target.client, from: target.clock + 1, to: last });
  if (direction === 'right' && target.clock > first) passed.push({ client: target.client, from: first, to: target.clock - 1 });
  return true;
}

/** Adds every item from `from` to the end of its list in `direction` to `passed`; Yjs's integration walked them too. */
function passedToEnd(from: Y.Item, direction: 'left' | 'right', passed: Span[]): void {
  for (let at = from[direction]; at !== null; at = at[direction]) passed.push({ client: at.id.client, from: at.id.clock, to: at.id.clock + at.length - 1 });
}

function holds(item: Y.Item, id: Y.ID): boolean {
  return item.id.client === id.client && id.clock >= item.id.clock && id.clock < item.id.clock + item.length;
}
