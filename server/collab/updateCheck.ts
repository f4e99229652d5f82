import * as Y from 'yjs';
import { MAX_NESTING_DEPTH, updateNesting } from './updateNesting';
import { isWellFormedDecoded, type DecodedUpdate } from './wellFormedUpdate';

/** Why an update from a client is not taken. */
export type UpdateProblem =
  /** Not a Yjs update, or one Yjs applies but cannot write out again (a struct or delete range of length zero). */
  | 'malformed'
  /** It builds on or deletes content the server does not have: Yjs would hold it back unseen, and it would differ from a reload. */
  | 'incomplete'
  /** It nests shared types deeper than any protocol can (see MAX_NESTING_DEPTH). */
  | 'tooDeep';

export type Struct = Y.Item | Y.GC | Y.Skip;

/**
 * Checks an incoming update against the room's document before anything is
 * stored: it must decode, be writable again, integrate completely and stay
 * within the nesting limit. One honest client never sends an incomplete
 * update: what it edits came from the server, over this socket, and its
 * reconnect sends everything the server lacks in one step 2.
 */
export function checkUpdate(doc: Y.Doc, update: Uint8Array): UpdateProblem | null {
  return inspectUpdate(doc, update).problem;
}

/** The check, with the structs it decoded for a caller that checks on after applying them. */
export function inspectUpdate(doc: Y.Doc, update: Uint8Array): { problem: UpdateProblem } | { problem: null; structs: Struct[] } {
  let decoded: DecodedUpdate;
  try {
    decoded = Y.decodeUpdate(update);
  } catch {
    return { problem: 'malformed' };
  }
  if (!isWellFormedDecoded(decoded)) return { problem: 'malformed' };
  const { structs, ds } = decoded;
  if (structs.some(refersToItsOwnFuture)) return { problem: 'malformed' };
  if (!integratesCompletely(doc, structs, ds)) return { problem: 'incomplete' };
  if (structs.some(addsType) && updateNesting(doc, update).depth > MAX_NESTING_DEPTH) return { problem: 'tooDeep' };
  return { problem: null, structs };
}

/**
 * Whether every struct of the update follows on what the document (or the
 * update itself) already holds for its client, without a gap, refers only
 * to content that will then exist, and whether every deletion names such
 * content: exactly when Yjs integrates all of it instead of keeping parts
 * pending.
 */
function integratesCompletely(doc: Y.Doc, structs: Struct[], ds: DecodedUpdate['ds']): boolean {
  const reach = new Map<number, number>();
  const known = (client: number) => reach.get(client) ?? Y.getState(doc.store, client);
  // Structs come grouped by client, clocks rising within each group.
  let client = -1;
  let next = 0;
  for (const struct of structs) {
    if (struct instanceof Y.Skip) return false;
    const { client: owner, clock } = struct.id;
    if (owner !== client) {
      client = owner;
      next = known(owner);
    }
    // Overlap with what the server has is fine (Yjs skips it); a gap is not.
    if (clock > next) return false;
    next = Math.max(next, clock + struct.length);
    reach.set(owner, next);
  }
  for (const struct of structs) {
    if (!(struct instanceof Y.Item)) continue;
    for (const id of [struct.origin, struct.rightOrigin, struct.parent instanceof Y.ID ? struct.parent : null]) {
      if (id && id.clock >= known(id.client)) return false;
    }
  }
  for (const [owner, ranges] of ds.clients) {
    const end = known(owner);
    if (ranges.some((range) => range.clock + range.len > end)) return false;
  }
  return true;
}

/**
 * What a client refers to of its own (left or right neighbour, parent)
 * existed before it wrote this struct, so has a lower clock. Yjs assumes
 * so and throws half-way through an update that breaks it.
 */
export function refersToItsOwnFuture(struct: Struct): boolean {
  if (!(struct instanceof Y.Item)) return false;
  const { client, clock } = struct.id;
  return [struct.origin, struct.rightOrigin, struct.parent instanceof Y.ID ? struct.parent : null].some(
    (id) => id !== null && id.client === client && id.clock >= clock,
  );
}

function addsType(struct: Struct): boolean {
  return struct instanceof Y.Item && struct.content instanceof Y.ContentType;
}
