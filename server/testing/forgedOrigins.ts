import * as encoding from 'lib0/encoding';
import type * as Y from 'yjs';

/**
 * A one-character insertion by client 9 with the left and right origins it
 * names, written by hand: no Yjs client writes a right origin left of its
 * origin, or one character as both.
 */
export function insertionWithOrigins(origin: Y.ID, rightOrigin: Y.ID, text = 'X'): Uint8Array {
  return oneStruct(9, (encoder) => {
    encoding.writeUint8(encoder, 0xc4); // ContentString with origin and right origin
    encoding.writeVarUint(encoder, origin.client);
    encoding.writeVarUint(encoder, origin.clock);
    encoding.writeVarUint(encoder, rightOrigin.client);
    encoding.writeVarUint(encoder, rightOrigin.clock);
    encoding.writeVarString(encoder, text);
  });
}

/** A V1 update of one struct by `client` at clock 0, written by `writeStruct`, with an empty delete set. */
function oneStruct(client: number, writeStruct: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1); // clients
  encoding.writeVarUint(encoder, 1); // structs of the client
  encoding.writeVarUint(encoder, client);
  encoding.writeVarUint(encoder, 0);
  writeStruct(encoder);
  encoding.writeVarUint(encoder, 0); // empty delete set
  return encoding.toUint8Array(encoder);
}

/**
 * Client 5's clocks 0 to `values.length - 1` written as one entry of root
 * map `map` under `key`, with neither origin: the form of an honest struct
 * of repeated sets of one key, here claiming clocks the document already
 * holds as something else.
 */
export function mapEntryClaimingClocks(map: string, key: string, values: string[]): Uint8Array {
  return oneStruct(5, (encoder) => {
    encoding.writeUint8(encoder, 0x28); // ContentAny with a map key and no origins
    encoding.writeVarUint(encoder, 1); // the parent is a root type, by name
    encoding.writeVarString(encoder, map);
    encoding.writeVarString(encoder, key);
    encoding.writeVarUint(encoder, values.length);
    for (const value of values) encoding.writeAny(encoder, value);
  });
}

/** A one-character insertion by client 9 naming only a right origin: written by a client that saw nothing to its left. */
export function insertionWithRightOrigin(rightOrigin: Y.ID, text = 'X'): Uint8Array {
  return oneStruct(9, (encoder) => {
    encoding.writeUint8(encoder, 0x44); // ContentString with a right origin only
    encoding.writeVarUint(encoder, rightOrigin.client);
    encoding.writeVarUint(encoder, rightOrigin.clock);
    encoding.writeVarString(encoder, text);
  });
}
