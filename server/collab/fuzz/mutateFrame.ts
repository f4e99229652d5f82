import * as encoding from 'lib0/encoding';
import * as prng from 'lib0/prng';
import { MESSAGE_SYNC, SYNC_UPDATE } from '../../../shared/collab/messageTypes';
import { deletionsOfUnknownContent } from '../../testing/largeUpdates';

/** Which mutation made a frame, for the fuzzer's report. */
export type Mutation = 'none' | 'bitFlip' | 'byteSet' | 'truncate' | 'splice' | 'hugeVarint' | 'duplicateRun' | 'knownShape';

/**
 * Update payloads that crashed or hung Yjs-based servers: a GC struct of
 * length zero (the ten bytes of issue 10), a delete set cut short, a delete
 * range of length zero, a struct at a huge clock, a huge client count, and a
 * delete set of many ranges on a client nobody knows.
 */
export const KNOWN_SHAPES: Uint8Array[] = [
  new Uint8Array([0x01, 0x01, 0xe7, 0x8a, 0x8d, 0x09, 0x00, 0x00, 0x00, 0x00]),
  new Uint8Array([0x00, 0x01, 0x01, 0x05, 0x00, 0x00]),
  new Uint8Array([0x00, 0x01, 0x07, 0x01, 0x03, 0x00]),
  new Uint8Array([0x01, 0x01, 0x07, 0xff, 0xff, 0xff, 0xff, 0x0f, 0x00, 0x05, 0x00]),
  new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x0f, 0x00]),
  deletionsOfUnknownContent(2000),
];

function updateFrame(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  encoding.writeVarUint(encoder, SYNC_UPDATE);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** A mutated copy of `frame` (a third of frames pass unchanged, so the document keeps growing). */
export function mutateFrame(gen: prng.PRNG, frame: Uint8Array): { frame: Uint8Array; mutation: Mutation } {
  const roll = prng.int31(gen, 0, 20);
  const bytes = frame.slice();
  const at = () => prng.int31(gen, 0, Math.max(0, bytes.length - 1));
  if (roll <= 6 || bytes.length === 0) return { frame: bytes, mutation: 'none' };
  if (roll <= 9) {
    const index = at();
    bytes[index] = bytes[index]! ^ (1 << prng.int31(gen, 0, 7));
    return { frame: bytes, mutation: 'bitFlip' };
  }
  if (roll <= 11) {
    bytes[at()] = prng.oneOf(gen, [0x00, 0x01, 0x7f, 0x80, 0xff]);
    return { frame: bytes, mutation: 'byteSet' };
  }
  if (roll <= 13) return { frame: bytes.slice(0, at()), mutation: 'truncate' };
  if (roll <= 15) {
    const index = at();
    const inserted = prng.uint8Array(gen, prng.int31(gen, 1, 8));
    return { frame: concat(bytes.slice(0, index), inserted, bytes.slice(index)), mutation: 'splice' };
  }
  if (roll <= 17) {
    // A varint that never ends or names a length of gigabytes.
    const index = at();
    const huge = prng.bool(gen) ? new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f]) : new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x0f]);
    return { frame: concat(bytes.slice(0, index), huge, bytes.slice(index + 1)), mutation: 'hugeVarint' };
  }
  if (roll <= 19) {
    const start = at();
    const run = bytes.slice(start, start + prng.int31(gen, 1, 32));
    return { frame: concat(bytes.slice(0, start), run, run, bytes.slice(start)), mutation: 'duplicateRun' };
  }
  return { frame: updateFrame(prng.oneOf(gen, KNOWN_SHAPES)), mutation: 'knownShape' };
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
