import * as encoding from 'lib0/encoding';

/**
 * A hand-written Yjs update (v1) that Yjs decodes and starts to apply, then
 * throws in: client 9 inserts "ok" into the root text `u` (applied first),
 * client 7 writes a character whose parent is its own next struct (no
 * client writes that; Yjs assumes it cannot happen).
 */
export function halfApplyingUpdate(): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 2); // clients in this update
  // Client 9, clock 0: a string in the root type `u`.
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint(encoder, 9);
  encoding.writeVarUint(encoder, 0);
  encoding.writeUint8(encoder, 4); // ContentString, no origins, parent by name
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarString(encoder, 'u');
  encoding.writeVarString(encoder, 'ok');
  // Client 7, clock 0: a string whose parent is (7, 1); clock 1: a YText in the root `t`.
  encoding.writeVarUint(encoder, 2);
  encoding.writeVarUint(encoder, 7);
  encoding.writeVarUint(encoder, 0);
  encoding.writeUint8(encoder, 4);
  encoding.writeVarUint(encoder, 0); // parent by id
  encoding.writeVarUint(encoder, 7);
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarString(encoder, 'a');
  encoding.writeUint8(encoder, 7); // ContentType
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarString(encoder, 't');
  encoding.writeVarUint(encoder, 2); // YText
  encoding.writeVarUint(encoder, 0); // empty delete set
  return encoding.toUint8Array(encoder);
}
