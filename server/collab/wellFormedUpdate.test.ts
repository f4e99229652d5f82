import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { isWellFormedUpdate } from './wellFormedUpdate';

/** The update from issue 10 that stopped the server: one GC struct of length zero. */
export const EMPTY_GC_UPDATE = new Uint8Array([0x01, 0x01, 0xe7, 0x8a, 0x8d, 0x09, 0x00, 0x00, 0x00, 0x00]);

/** An update with no structs and one delete range of length zero. */
function emptyDeleteRange(): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0); // no struct groups
  encoding.writeVarUint(encoder, 1); // one client in the delete set
  encoding.writeVarUint(encoder, 42); // client
  encoding.writeVarUint(encoder, 1); // one range
  encoding.writeVarUint(encoder, 0); // clock
  encoding.writeVarUint(encoder, 0); // length
  return encoding.toUint8Array(encoder);
}

describe('isWellFormedUpdate', () => {
  it('refuses the ten bytes Yjs applies but cannot write back out', () => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, EMPTY_GC_UPDATE);
    // What made the server fall over at the next encoding of that document:
    expect(() => Y.applyUpdate(new Y.Doc(), Y.encodeStateAsUpdate(doc))).toThrow();
    expect(isWellFormedUpdate(EMPTY_GC_UPDATE)).toBe(false);
  });

  it('refuses an empty delete range and bytes that are no update', () => {
    expect(isWellFormedUpdate(emptyDeleteRange())).toBe(false);
    expect(isWellFormedUpdate(new Uint8Array([0xff, 0xff, 0xff]))).toBe(false);
  });

  it('accepts what a Yjs client writes: text, deletions, and a whole document', () => {
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    doc.getXmlFragment('default').insert(0, [new Y.XmlText('Ordföranden öppnar mötet.')]);
    (doc.getXmlFragment('default').get(0) as Y.XmlText).delete(0, 5);
    expect(updates.every(isWellFormedUpdate)).toBe(true);
    expect(isWellFormedUpdate(Y.encodeStateAsUpdate(doc))).toBe(true);
    expect(isWellFormedUpdate(Y.encodeStateAsUpdate(new Y.Doc()))).toBe(true);
  });
});
