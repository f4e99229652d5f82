import * as Y from 'yjs';

export { MAX_NESTING_DEPTH } from '../../shared/protocol/maxNestingDepth';

/** How deep an update would nest shared types in a document. */
export interface UpdateNesting {
  /**
   * The depth of the deepest shared type the update adds, counted from the
   * root type it hangs in: a child of the body fragment is 1, its text 2;
   * 0 when the update adds no type.
   */
  depth: number;
  /**
   * How many of the types it adds hang below a parent that is in neither the
   * document nor the update (Yjs keeps them pending until it arrives) or
   * that was garbage-collected; their depth counts from the first ancestor
   * that is known, so `depth` is then a lower bound.
   */
  unrooted: number;
}

type Struct = Y.Item | Y.GC | Y.Skip;
type Source = 'doc' | 'update' | 'pending';

/** An item's place: how deep its parent type stands, and whether the answer leans on the update. */
interface ParentDepth {
  depth: number;
  rooted: boolean;
  viaUpdate: boolean;
}

const UNROOTED: ParentDepth = { depth: 0, rooted: false, viaUpdate: false };
const ROOT: ParentDepth = { depth: 0, rooted: true, viaUpdate: false };

/**
 * The nesting depth `update` (Yjs v1 encoding) would create in `doc`,
 * without applying it: each new type's depth is its parent's plus one, the
 * parent found in the document, in the update itself or among the structs
 * the document holds pending. Work lists and memos, no recursion, so an
 * update nested however deep is measured in time linear in its size.
 * Throws on bytes that are not a Yjs update.
 */
export function updateNesting(doc: Y.Doc, update: Uint8Array): UpdateNesting {
  const { structs } = Y.decodeUpdate(update);
  const pending = pendingStructs(doc);
  const pools: Record<Exclude<Source, 'doc'>, Map<number, Struct[]>> = { update: byClient(structs), pending: byClient(pending) };
  const memo = new Map<Y.Item, ParentDepth>();
  const onPath = new Set<Y.Item>();

  const find = (id: Y.ID): { struct: Struct; source: Source } | null => {
    const inDoc = doc.store.clients.get(id.client);
    const struct = inDoc && structAt(inDoc, id.clock);
    if (struct) return { struct, source: 'doc' };
    for (const source of ['update', 'pending'] as const) {
      const found = structAt(pools[source].get(id.client), id.clock);
      if (found) return { struct: found, source };
    }
    return null;
  };

  /** One step up from an item of the update or the pending structs: its parent depth, or the item it is read from. */
  const step = (item: Y.Item): { value: ParentDepth } | { next: Y.Item; source: Source; add: number } => {
    const parent = item.parent as unknown;
    if (typeof parent === 'string') return { value: ROOT };
    if (parent instanceof Y.ID) {
      const found = find(parent);
      return found?.struct instanceof Y.Item && found.struct.content instanceof Y.ContentType ? { next: found.struct, source: found.source, add: 1 } : { value: UNROOTED };
    }
    // Without parent info Yjs takes the parent of the left neighbour (origin), else of the right one.
    const neighbour = item.origin ?? item.rightOrigin;
    const found = neighbour && find(neighbour);
    return found?.struct instanceof Y.Item ? { next: found.struct, source: found.source, add: 0 } : { value: UNROOTED };
  };

  const parentDepth = (start: Y.Item, startSource: Source): ParentDepth => {
    const path: { item: Y.Item; add: number; own: boolean }[] = [];
    let item = start;
    let source = startSource;
    let value: ParentDepth;
    for (;;) {
      const known = memo.get(item);
      if (known) {
        value = known;
        break;
      }
      if (source === 'doc') {
        value = { depth: integratedDepth(item.parent), rooted: true, viaUpdate: false };
        break;
      }
      if (onPath.has(item)) {
        // A cycle of parents or neighbours: Yjs can never place these.
        value = UNROOTED;
        break;
      }
      onPath.add(item);
      const next = step(item);
      if ('value' in next) {
        path.push({ item, add: 0, own: source === 'update' });
        value = next.value;
        break;
      }
      path.push({ item, add: next.add, own: source === 'update' });
      item = next.next;
      source = next.source;
    }
    for (let index = path.length - 1; index >= 0; index--) {
      const entry = path[index]!;
      value = { depth: value.depth + entry.add, rooted: value.rooted, viaUpdate: value.viaUpdate || entry.own };
      memo.set(entry.item, value);
      onPath.delete(entry.item);
    }
    return value;
  };

  const result: UpdateNesting = { depth: 0, unrooted: 0 };
  const measure = (struct: Struct, source: Exclude<Source, 'doc'>) => {
    if (!(struct instanceof Y.Item) || !(struct.content instanceof Y.ContentType)) return;
    // A struct the document already holds adds nothing (a client may send what the server has).
    if (struct.id.clock < Y.getState(doc.store, struct.id.client)) return;
    const parent = parentDepth(struct, source);
    if (source === 'pending' && !parent.viaUpdate) return;
    result.depth = Math.max(result.depth, parent.depth + 1);
    if (!parent.rooted) result.unrooted++;
  };
  for (const struct of structs) measure(struct, 'update');
  // Pending structs the update lets Yjs place (or hang below it) are what the update adds as well.
  if (pending.length > 0 && mayUnblock(doc, structs)) {
    for (const struct of pending) if (!structAt(pools.update.get(struct.id.client), struct.id.clock)) measure(struct, 'pending');
  }
  return result;
}

// The depth of a type in a document never changes (Yjs never moves an item), so it is computed once.
const typeDepths = new WeakMap<Y.AbstractType<unknown>, number>();

/** How deep an integrated type stands below its root type (a root type is 0), walking up its items. */
function integratedDepth(type: unknown): number {
  const path: Y.AbstractType<unknown>[] = [];
  let current = type;
  let depth = 0;
  while (current instanceof Y.AbstractType) {
    const known = typeDepths.get(current);
    if (known !== undefined) {
      depth = known;
      break;
    }
    const item: Y.Item | null = current._item;
    if (item === null) break;
    path.push(current);
    current = item.parent;
  }
  for (let index = path.length - 1; index >= 0; index--) typeDepths.set(path[index]!, ++depth);
  return depth;
}

/** The structs Yjs keeps pending in `doc` (their dependencies have not arrived), decoded once per pending set. */
function pendingStructs(doc: Y.Doc): readonly Struct[] {
  const pending = doc.store.pendingStructs;
  if (!pending) return [];
  let decoded = decodedPending.get(pending.update);
  if (!decoded) {
    decoded = Y.decodeUpdateV2(pending.update).structs;
    decodedPending.set(pending.update, decoded);
  }
  return decoded;
}

const decodedPending = new WeakMap<Uint8Array, Struct[]>();

/** Whether the update holds structs of a client whose missing structs keep others pending. */
function mayUnblock(doc: Y.Doc, structs: readonly Struct[]): boolean {
  const missing = doc.store.pendingStructs?.missing;
  return missing !== undefined && structs.some((struct) => missing.has(struct.id.client));
}

function byClient(structs: readonly Struct[]): Map<number, Struct[]> {
  const clients = new Map<number, Struct[]>();
  for (const struct of structs) {
    const list = clients.get(struct.id.client);
    if (list) list.push(struct);
    else clients.set(struct.id.client, [struct]);
  }
  for (const list of clients.values()) list.sort((a, b) => a.id.clock - b.id.clock);
  return clients;
}

/** The struct covering `clock` in one client's structs, sorted by clock; undefined when none does. */
function structAt<T extends Struct>(structs: readonly T[] | undefined, clock: number): T | undefined {
  if (!structs) return undefined;
  let low = 0;
  let high = structs.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const struct = structs[middle]!;
    if (clock < struct.id.clock) high = middle - 1;
    else if (clock >= struct.id.clock + struct.length) low = middle + 1;
    else return struct;
  }
  return undefined;
}
