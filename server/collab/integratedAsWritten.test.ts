import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WebSocket } from 'ws';
import * as Y from 'yjs';
import { insertionWithOrigins } from '../testing/forgedOrigins';
import { LinkedSocket } from '../testing/linkedSocket';
import { openRoomFixture, type RoomFixture } from '../testing/roomFixture';
import { Connection } from './connection';
import { clocksBefore, integratedAsWritten } from './integratedAsWritten';
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
    // "e" was typed after "d", so whoever saw "e" saw "c" and "d" between "b" and "e": nobody types between those two.
    ['origins two characters apart, which no writer saw side by side', Y.createID(5, 1), Y.createID(5, 4)],
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

describe('honest writers editing the same spots at the same time', () => {
  it('are never refused: 300 rounds of three editors inserting, deleting and syncing in random order', () => {
    const server = new Y.Doc();
    const editors = [1, 2, 3].map((id) => {
      const doc = new Y.Doc();
      doc.clientID = id;
      return doc;
    });
    // A fixed linear congruential sequence: the same run every time.
    let seed = 42;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const refused: string[] = [];
    const send = (from: Y.Doc) => {
      const update = Y.encodeStateAsUpdate(from, Y.encodeStateVector(server));
      const structs = Y.decodeUpdate(update).structs;
      const before = clocksBefore(server, structs);
      Y.applyUpdate(server, update);
      if (!integratedAsWritten(server, structs, before)) refused.push(Buffer.from(update).toString('base64'));
    };
    for (let round = 0; round < 300; round++) {
      for (const doc of editors) {
        const text = doc.getText('t');
        for (let edit = 0; edit < 1 + random(3); edit++) {
          if (text.length > 0 && random(4) === 0) text.delete(random(text.length), 1);
          else text.insert(random(text.length + 1), 'abc'.slice(0, 1 + random(3)));
        }
      }
      // Each editor sends what it wrote, in a random order, and some catch up with the server before the next round.
      for (const index of [0, 1, 2].sort(() => random(3) - 1)) send(editors[index]!);
      for (const doc of editors) if (random(2) === 0) Y.applyUpdate(doc, Y.encodeStateAsUpdate(server, Y.encodeStateVector(doc)));
    }
    expect(refused).toEqual([]);
    const reloaded = new Y.Doc();
    Y.applyUpdate(reloaded, Y.encodeStateAsUpdate(server));
    expect(reloaded.getText('t').toJSON()).toBe(server.getText('t').toJSON());
  });
});
