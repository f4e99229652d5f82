import * as Y from 'yjs';

/**
 * Whether `update` is a Yjs update that Yjs can also write back out. Yjs
 * decodes and applies structs and delete ranges of length zero, but then
 * throws ("Unexpected case" in `writeDsLen`) whenever that document is
 * encoded again: at the next sync, snapshot or room load, outside any
 * handler, so ten bytes from one client could stop the server for every
 * meeting. Such an update is refused before it is stored.
 */
export function isWellFormedUpdate(update: Uint8Array): boolean {
  let decoded: ReturnType<typeof Y.decodeUpdate>;
  try {
    decoded = Y.decodeUpdate(update);
  } catch {
    return false;
  }
  if (decoded.structs.some((struct) => !(struct.length > 0))) return false;
  for (const ranges of decoded.ds.clients.values()) {
    if (ranges.some((range) => !(range.len > 0) || range.clock < 0)) return false;
  }
  return true;
}
