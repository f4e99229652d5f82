import * as Y from 'yjs';

/** Whether a client whose state vector is `clientVector` holds changes that `doc` lacks (it has not synced yet). */
export function holdsChangesMissingFrom(clientVector: Map<number, number>, doc: Y.Doc): boolean {
  const server = Y.decodeStateVector(Y.encodeStateVector(doc));
  for (const [client, clock] of clientVector) {
    if (clock > (server.get(client) ?? 0)) return true;
  }
  return false;
}
