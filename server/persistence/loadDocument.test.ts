import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { insertionWithOrigins } from '../testing/forgedOrigins';
import { halfApplyingUpdate } from '../testing/halfApplyingUpdate';
import { deletionsOfUnknownContent, nestedChain, updateFrom } from '../testing/largeUpdates';
import { openRoomFixture, type RoomFixture } from '../testing/roomFixture';
import { loadDocument } from './loadDocument';

/** The ten bytes of issue 10, stored before updates were checked. */
const POISON = new Uint8Array([0x01, 0x01, 0xe7, 0x8a, 0x8d, 0x09, 0x00, 0x00, 0x00, 0x00]);

let fixture: RoomFixture;
beforeEach(() => {
  fixture = openRoomFixture();
});
afterEach(() => fixture.close());

const textOf = (doc: Y.Doc) => doc.getText('t').toJSON();

/** "abc" typed by client 5, stored as one update per character, as keystrokes are. */
function storeTyping(): Y.Doc {
  const typist = new Y.Doc();
  typist.clientID = 5;
  typist.on('update', (update: Uint8Array) => fixture.store.append(fixture.meetingId, update));
  for (const [index, character] of ['a', 'b', 'c'].entries()) typist.getText('t').insert(index, character);
  return typist;
}

describe('loadDocument', () => {
  it('sets aside stored updates that do not load, keeps every other, and the next load finds nothing to set aside', () => {
    const { store, meetingId } = fixture;
    const typist = storeTyping();
    const poison = store.append(meetingId, POISON);
    const half = store.append(meetingId, halfApplyingUpdate());
    // Nested too deep, from before the limit: kept (reading flattens it).
    store.append(meetingId, nestedChain(typist, 150));
    typist.getText('t').insert(3, 'd');

    const loaded = loadDocument(store, meetingId);
    expect(textOf(loaded.doc)).toBe('abcd');
    expect(loaded.quarantined.map((row) => [row.id, row.reason.split(':')[0]])).toEqual([
      [poison, 'malformed'],
      [half, 'malformed'],
    ]);
    expect(store.quarantined(meetingId).rows).toBe(2);
    expect(store.countUpdates(meetingId)).toBe(5);
    const again = loadDocument(store, meetingId);
    expect(again.quarantined).toEqual([]);
    expect(textOf(again.doc)).toBe('abcd');
  });

  it('sets aside an update Yjs places other than its origins say, and what follows loads as if it had never been', () => {
    const { store, meetingId } = fixture;
    const typist = storeTyping();
    const forged = store.append(meetingId, insertionWithOrigins(Y.createID(5, 1), Y.createID(5, 1)));
    typist.getText('t').insert(0, '>');
    const loaded = loadDocument(store, meetingId);
    expect(loaded.quarantined.map((row) => row.id)).toEqual([forged]);
    expect(textOf(loaded.doc)).toBe('>abc');
    expect(loaded.doc.getText('t').toJSON()).toBe(textOf(loadDocument(store, meetingId).doc));
  });

  it('falls back to the snapshot before a damaged one, with the log after it, and loses nothing: the log is kept', () => {
    const { store, meetingId } = fixture;
    const typist = storeTyping();
    store.compact(meetingId, Y.encodeStateAsUpdate(typist), 3);
    typist.getText('t').insert(3, 'd');
    const lastId = store.load(meetingId).lastUpdateId;
    // The newest snapshot is damaged on disk.
    store.compact(meetingId, POISON, lastId);
    typist.getText('t').insert(4, 'e');
    const damaged = store.load(meetingId).snapshotId;

    const loaded = loadDocument(store, meetingId);
    expect(loaded.quarantined.map((row) => [row.source, row.id, row.reason.split(':')[0]])).toEqual([['snapshot', damaged, 'malformed']]);
    // "d", which only the damaged snapshot covered, is still in the log after the snapshot before it.
    expect(textOf(loaded.doc)).toBe('abcde');
    expect(Y.encodeStateVector(loaded.doc)).toEqual(Y.encodeStateVector(typist));
  });

  it('sets aside an update that lacks what it builds on, so no later change pays for Yjs retrying it', () => {
    const { store, meetingId } = fixture;
    const typist = storeTyping();
    const elsewhere = new Y.Doc();
    elsewhere.getText('t').insert(0, 'unseen');
    const known = Y.encodeStateVector(elsewhere);
    elsewhere.getText('t').insert(3, 'more');
    const waiting = store.append(meetingId, Y.encodeStateAsUpdate(elsewhere, known));
    typist.getText('t').insert(3, 'd');
    const loaded = loadDocument(store, meetingId);
    expect(loaded.quarantined.map((row) => [row.id, row.reason.split(':')[0]])).toEqual([[waiting, 'incomplete']]);
    expect(textOf(loaded.doc)).toBe('abcd');
    expect(loaded.doc.store.pendingStructs).toBeNull();
    expect(loadDocument(store, meetingId).quarantined).toEqual([]);
    // The client that has what it builds on sends both when it reconnects.
    Y.applyUpdate(loaded.doc, Y.encodeStateAsUpdate(elsewhere, Y.encodeStateVector(loaded.doc)));
    expect(textOf(loaded.doc)).toContain('unsmoreeen');
  });

  it('keeps an update stored before what it builds on, when that arrived later', () => {
    const { store, meetingId } = fixture;
    storeTyping();
    const elsewhere = new Y.Doc();
    elsewhere.clientID = 9;
    const first = Y.encodeStateAsUpdate(elsewhere);
    elsewhere.getText('t').insert(0, 'xy');
    const basis = Y.encodeStateAsUpdate(elsewhere, Y.encodeStateVector(new Y.Doc()));
    const after = updateFrom(elsewhere, (doc) => doc.getText('t').insert(1, '-'));
    expect(first.length).toBeGreaterThan(0);
    store.append(meetingId, after);
    store.append(meetingId, basis);
    const loaded = loadDocument(store, meetingId);
    expect(loaded.quarantined).toEqual([]);
    expect(textOf(loaded.doc)).toContain('x-y');
  });

  it('takes out of a snapshot only the deletions of content nobody has, and keeps the snapshot\'s text', () => {
    const { store, meetingId } = fixture;
    const typist = storeTyping();
    // Before updates were checked, a room took a million-range delete set on a client nobody knows and snapshotted it.
    const poisoned = new Y.Doc();
    Y.applyUpdate(poisoned, Y.encodeStateAsUpdate(typist));
    Y.applyUpdate(poisoned, deletionsOfUnknownContent(1000));
    expect(poisoned.store.pendingDs).not.toBeNull();
    store.compact(meetingId, Y.encodeStateAsUpdate(poisoned), store.load(meetingId).lastUpdateId);
    const snapshotId = store.load(meetingId).snapshotId;
    typist.getText('t').insert(3, 'd');

    const loaded = loadDocument(store, meetingId);
    expect(loaded.quarantined.map((row) => [row.source, row.id, row.reason])).toEqual([
      ['snapshot', snapshotId, expect.stringMatching(/^incomplete: 0 structs and 1000 deleted ranges/)],
    ]);
    expect(textOf(loaded.doc)).toBe('abcd');
    expect(loaded.doc.store.pendingDs).toBeNull();
    const again = loadDocument(store, meetingId);
    expect(again.quarantined).toEqual([]);
    expect(textOf(again.doc)).toBe('abcd');
    expect(store.quarantined(meetingId).rows).toBe(1);
  });
});

