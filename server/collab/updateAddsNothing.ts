import * as Y from 'yjs';

/**
 * Whether applying `update` would leave `doc` unchanged: every struct is
 * already known and every deletion already done. A read-only or locked
 * client's sync step 2 carries the whole delete set even when it adds
 * nothing, so "non-empty" is not the same as "a change". Throws on bytes
 * that are not a Yjs update.
 */
export function updateAddsNothing(doc: Y.Doc, update: Uint8Array): boolean {
  const { structs, ds } = Y.decodeUpdate(update);
  const known = Y.encodeStateVector(doc);
  const stateVector = Y.decodeStateVector(known);
  for (const struct of structs) {
    if (struct.id.clock + struct.length > (stateVector.get(struct.id.client) ?? 0)) return false;
  }
  if (ds.clients.size === 0) return true;
  const current = Y.createDeleteSetFromStructStore(doc.store);
  return Y.equalDeleteSets(current, Y.mergeDeleteSets([current, ds]));
}
