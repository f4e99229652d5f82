import * as Y from 'yjs';

export type DecodedUpdate = ReturnType<typeof Y.decodeUpdate>;

/**
 * Whether `update` is a Yjs update that Yjs can also write back out. Yjs
 * decodes and applies structs and delete ranges of length zero, but then
 * throws ("Unexpected case" in `writeDsLen`) whenever that document is
 * encoded again: at the next sync, snapshot or room load, outside any
 * handler, so ten bytes from one client could stop the server for every
 * meeting. Such an update is refused before it is stored.
 */
export function isWellFormedUpdate(update: Uint8Array): boolean {
  let decoded: DecodedUpdate;
  try {
    decoded = Y.decodeUpdate(update);
  } catch {
    return false;
  }
  return isWellFormedDecoded(decoded);
}

/** The same check on an update already decoded. */
export function isWellFormedDecoded({ structs, ds }: DecodedUpdate): boolean {
  if (structs.some((struct) => !(struct.length > 0))) return false;
  for (const ranges of ds.clients.values()) {
    if (ranges.some((range) => !(range.len > 0) || range.clock < 0)) return false;
  }
  return true;
}
