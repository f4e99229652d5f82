import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WebSocket } from 'ws';
import * as Y from 'yjs';
import { insertionWithOrigins } from '../testing/forgedOrigins';
import { LinkedSocket } from '../testing/linkedSocket';
import { openRoomFixture, type RoomFixture } from '../testing/roomFixture';
import { Connection } from './connection';
import type { Room } from './room';

let fixture: RoomFixture;
let meetingId: string;
let newRoom: RoomFixture['newRoom'];

beforeEach(() => {
  fixture = openRoomFixture();
  ({ meetingId, newRoom } = fixture);
});

afterEach(() => fixture.close());

/** A room holding "abcdef" typed by client 5 (its characters are clocks 0 to 5). */
function roomWithText(): { room: Room; writer: Connection } {
  const room = newRoom();
  // The Connection only calls send/close/readyState/bufferedAmount, which LinkedSocket provides.
  const writer = new Connection(new LinkedSocket(() => undefined) as unknown as WebSocket, meetingId, 'secretary', 1);
  room.join(writer);
  const typist = new Y.Doc();
  typist.clientID = 5;
  typist.getText('t').insert(0, 'abcdef');
  const typed = Y.encodeStateAsUpdate(typist);
  expect(room.receiveUpdate(writer, typed, typed)).toBeNull();
  return { room, writer };
}

describe('an insertion whose origins do not say where it goes', () => {
  it.each([
    ['the same character as both origins', Y.createID(5, 2), Y.createID(5, 2)],
    ['a right origin left of its origin', Y.createID(5, 4), Y.createID(5, 1)],
  ])('is refused when it names %s, and the meeting stays what a reload gives', (_case, origin, rightOrigin) => {
    const { room, writer } = roomWithText();
    const forged = insertionWithOrigins(origin, rightOrigin);
    expect(room.receiveUpdate(writer, forged, forged)).toBe('malformed');
    expect(room.doc.getText('t').toJSON()).toBe('abcdef');
    const reloaded = newRoom();
    expect(reloaded.doc.getText('t').toJSON()).toBe('abcdef');
    reloaded.destroy();
    room.destroy();
  });

  it('is taken between its honest neighbours, also when someone else typed there first', () => {
    const { room, writer } = roomWithText();
    // Client 9 types "X" between "c" and "d"...
    const first = insertionWithOrigins(Y.createID(5, 2), Y.createID(5, 3), 'X');
    expect(room.receiveUpdate(writer, first, first)).toBeNull();
    // ...and client 8, who had not seen it, typed "Y" at the same spot.
    const concurrent = new Y.Doc();
    concurrent.clientID = 8;
    const typist = new Y.Doc();
    typist.clientID = 5;
    typist.getText('t').insert(0, 'abcdef');
    Y.applyUpdate(concurrent, Y.encodeStateAsUpdate(typist));
    const captured: Uint8Array[] = [];
    concurrent.on('update', (update: Uint8Array) => captured.push(update));
    concurrent.getText('t').insert(3, 'Y');
    expect(room.receiveUpdate(writer, captured[0]!, captured[0]!)).toBeNull();
    expect(room.doc.getText('t').toJSON()).toMatch(/^abc(XY|YX)def$/);
    const reloaded = newRoom();
    expect(reloaded.doc.getText('t').toJSON()).toBe(room.doc.getText('t').toJSON());
    reloaded.destroy();
    room.destroy();
  });
});
