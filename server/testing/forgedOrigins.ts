import * as encoding from 'lib0/encoding';
import type * as Y from 'yjs';

/**
 * A one-character insertion by client 9 with the left and right origins it
 * names, written by hand: no Yjs client writes a right origin left of its
 * origin, or one character as both.
 */
export function insertionWithOrigins(origin: Y.ID, rightOrigin: Y.ID, text = 'X'): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1); // clients
  encoding.writeVarUint(encoder, 1); // structs of client 9
  encoding.writeVarUint(encoder, 9);
  encoding.writeVarUint(encoder, 0);
  encoding.writeUint8(encoder, 0xc4); // ContentString with origin and right origin
  encoding.writeVarUint(encoder, origin.client);
  encoding.writeVarUint(encoder, origin.clock);
  encoding.writeVarUint(encoder, rightOrigin.client);
  encoding.writeVarUint(encoder, rightOrigin.clock);
  encoding.writeVarString(encoder, text);
  encoding.writeVarUint(encoder, 0); // empty delete set
  return encoding.toUint8Array(encoder);
}
