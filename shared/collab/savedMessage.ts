import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { digest } from 'lib0/hash/sha256';
import * as Y from 'yjs';
import { MESSAGE_SAVED } from './messageTypes';

/** Query parameter a client adds to its socket URL to be told what the server has stored. */
export const SAVED_ACKS_PARAM = 'acks';

/**
 * What the server holds of a document: its state vector (which insertions)
 * and a digest of its whole state, deletions included. Deleting adds no
 * clock to the state vector, so the vector alone cannot tell a client that
 * its backspaces were stored.
 */
export interface SavedState {
  stateVector: Map<number, number>;
  digest: string;
}

/**
 * SHA-256 of the document's state vector and delete set, as Yjs encodes a
 * snapshot: both are written in a fixed order and the delete set as maximal
 * runs, so two documents holding the same content have the same digest
 * however their updates arrived or were split.
 */
export function stateDigest(doc: Y.Doc): string {
  const bytes = digest(Y.encodeSnapshot(Y.snapshot(doc)));
  let hex = '';
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

export function encodeSavedFrame(doc: Y.Doc, digestOfDoc: string = stateDigest(doc)): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SAVED);
  encoding.writeVarUint8Array(encoder, Y.encodeStateVector(doc));
  encoding.writeVarString(encoder, digestOfDoc);
  return encoding.toUint8Array(encoder);
}

/** Reads a saved message after its type (the decoder stands where y-websocket hands it to a handler). */
export function readSavedMessage(decoder: decoding.Decoder): SavedState {
  const stateVector = Y.decodeStateVector(decoding.readVarUint8Array(decoder));
  return { stateVector, digest: decoding.readVarString(decoder) };
}

/**
 * How much of `doc` the server lacks by the state vector it reported:
 * insertions (Yjs clock units: characters and nodes) it does not hold.
 * Deletions are not counted here; compare digests for them.
 */
export function insertionsMissing(doc: Y.Doc, saved: Map<number, number>): number {
  let missing = 0;
  for (const [client, clock] of Y.decodeStateVector(Y.encodeStateVector(doc))) {
    missing += Math.max(0, clock - (saved.get(client) ?? 0));
  }
  return missing;
}
