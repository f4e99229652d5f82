import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { insertionWithOrigins } from '../../testing/forgedOrigins';
import { updateFrom } from '../../testing/largeUpdates';
import { RoomCopy } from './roomCopy';

/** The room's document: "abcdef" typed by client 5. */
function room(): Y.Doc {
  const doc = new Y.Doc();
  doc.clientID = 5;
  doc.getText('t').insert(0, 'abcdef');
  return doc;
}

const textOf = (state: Uint8Array) => {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  return doc.getText('t').toJSON();
};

describe('RoomCopy (the vetting worker\'s copy of a room)', () => {
  it('keeps a vetted update the room took, with what the room applied meanwhile', () => {
    const doc = room();
    const copy = new RoomCopy(Y.encodeStateAsUpdate(doc));
    const pasted = updateFrom(doc, (d) => d.getText('t').insert(6, ' ghi'), 7);
    expect(copy.vet(pasted).problem).toBeNull();
    const typed = updateFrom(doc, (d) => d.getText('t').insert(0, '>'), 8);
    copy.apply(typed);
    copy.settle(true);
    expect(textOf(copy.state())).toBe('>abcdef ghi');
  });

  it('throws a vetted update away when the room did not take it, and keeps what the room applied meanwhile', () => {
    const doc = room();
    const copy = new RoomCopy(Y.encodeStateAsUpdate(doc));
    copy.vet(updateFrom(doc, (d) => d.getText('t').insert(6, ' ghi'), 7));
    copy.apply(updateFrom(doc, (d) => d.getText('t').insert(0, '>'), 8));
    copy.settle(false);
    expect(textOf(copy.state())).toBe('>abcdef');
  });

  it('rebuilds itself after a refused update Yjs had already placed, so the next verdict is on the room as it is', () => {
    const doc = room();
    const copy = new RoomCopy(Y.encodeStateAsUpdate(doc));
    const forged = insertionWithOrigins(Y.createID(5, 2), Y.createID(5, 2));
    expect(copy.vet(forged).problem).toBe('malformed');
    copy.settle(false);
    expect(textOf(copy.state())).toBe('abcdef');
    // Client 9 again, honestly this time: complete only if the forged struct (also client 9, clock 0) is gone.
    const honest = updateFrom(doc, (d) => d.getText('t').insert(3, 'X'), 9);
    expect(copy.vet(honest).problem).toBeNull();
  });
});
