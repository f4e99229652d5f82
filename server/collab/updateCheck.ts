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

type Struct = Y.Item | Y.GC | Y.Skip;

/**
 * Checks an incoming update against the room's document before anything is
 * stored: it must decode, be writable again, integrate completely and stay
 * within the nesting limit. One honest client never sends an incomplete
 * update: what it edits came from the server, over this socket, and its
 * reconnect sends everything the server lacks in one step 2.
 */
export function checkUpdate(doc: Y.Doc, update: Uint8Array): UpdateProblem | null {
  let decoded: DecodedUpdate;
  try {
    decoded = Y.decodeUpdate(update);
  } catch {
    return 'malformed';
  }
  if (!isWellFormedDecoded(decoded)) return 'malformed';
  const { structs, ds } = decoded;
  if (!integratesCompletely(doc, structs, ds)) return 'incomplete';
  if (structs.some(addsType) && updateNesting(doc, update).depth > MAX_NESTING_DEPTH) return 'tooDeep';
  return null;
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

function addsType(struct: Struct): boolean {
  return struct instanceof Y.Item && struct.content instanceof Y.ContentType;
}
