import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WebSocket } from 'ws';
import * as Y from 'yjs';
import { insertionWithOrigins, insertionWithRightOrigin, mapEntryClaimingClocks } from '../testing/forgedOrigins';
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

/** The update of client 8 typing `text` at `index` into client 5's "abcdef", seeing nothing else. */
function typedByClient8(index: number, text: string): Uint8Array {
  const typist = new Y.Doc();
  typist.clientID = 5;
  typist.getText('t').insert(0, 'abcdef');
  const concurrent = new Y.Doc();
  concurrent.clientID = 8;
  Y.applyUpdate(concurrent, Y.encodeStateAsUpdate(typist));
  const captured: Uint8Array[] = [];
  concurrent.on('update', (update: Uint8Array) => captured.push(update));
  concurrent.getText('t').insert(index, text);
  return captured[0]!;
}

/** Docs with the given client ids, as separate browsers hold them. */
function editorDocs(...ids: number[]): Y.Doc[] {
  return ids.map((id) => {
    const doc = new Y.Doc();
    doc.clientID = id;
    return doc;
  });
}

/** A fixed linear congruential sequence: the same run every time. */
function seededRandom(seed: number): (n: number) => number {
  let state = seed;
  return (n) => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state % n;
  };
}

/** Applies `update` to the server's doc as the room does; answers whether the check takes it. */
function applyChecked(server: Y.Doc, update: Uint8Array): boolean {
  const structs = Y.decodeUpdate(update).structs;
  const before = clocksBefore(server, structs);
  Y.applyUpdate(server, update);
  return integratedAsWritten(server, structs, before);
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

  it('is refused when it names no origin, as if typed at the start, but a right origin whose writer typed after what lies before it', () => {
    const { room, writer } = roomWithText();
    // Whoever saw "d" saw "abc" before it: typing at the start, its right origin would be "a".
    const forged = insertionWithRightOrigin(Y.createID(5, 3));
    expect(room.receiveUpdate(writer, forged, forged)).toBe('malformed');
    expect(room.doc.getText('t').toJSON()).toBe('abcdef');
    const reloaded = newRoom();
    expect(reloaded.doc.getText('t').toJSON()).toBe('abcdef');
    reloaded.destroy();
    room.destroy();
  });

  it('is taken at the start of the text, before what was typed there at the same time', () => {
    const { room, writer } = roomWithText();
    // Client 8 typed "Z" at the start and client 9, not having seen it, typed "X" there too: both name "a".
    const first = insertionWithRightOrigin(Y.createID(5, 0), 'X');
    expect(room.receiveUpdate(writer, first, first)).toBeNull();
    const concurrent = typedByClient8(0, 'Z');
    expect(room.receiveUpdate(writer, concurrent, concurrent)).toBeNull();
    expect(room.doc.getText('t').toJSON()).toMatch(/^(XZ|ZX)abcdef$/);
    const reloaded = newRoom();
    expect(reloaded.doc.getText('t').toJSON()).toBe(room.doc.getText('t').toJSON());
    reloaded.destroy();
    room.destroy();
  });

  it('is taken between its honest neighbours, also when someone else typed there first', () => {
    const { room, writer } = roomWithText();
    // Client 9 types "X" between "c" and "d"...
    const first = insertionWithOrigins(Y.createID(5, 2), Y.createID(5, 3), 'X');
    expect(room.receiveUpdate(writer, first, first)).toBeNull();
    // ...and client 8, who had not seen it, typed "Y" at the same spot.
    const concurrent = typedByClient8(3, 'Y');
    expect(room.receiveUpdate(writer, concurrent, concurrent)).toBeNull();
    expect(room.doc.getText('t').toJSON()).toMatch(/^abc(XY|YX)def$/);
    const reloaded = newRoom();
    expect(reloaded.doc.getText('t').toJSON()).toBe(room.doc.getText('t').toJSON());
    reloaded.destroy();
    room.destroy();
  });
});

describe('a struct whose start the document already holds as something else', () => {
  it('is refused: text typed by client 5 cannot be continued as a map entry, which the live document and a reload would place apart', () => {
    const { room, writer } = roomWithText();
    // Clocks 0 to 5 are "abcdef"; the forgery claims 0 to 7 are sets of m.k, so 6 and 7 are new.
    const forged = mapEntryClaimingClocks('m', 'k', ['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(room.receiveUpdate(writer, forged, forged)).toBe('malformed');
    expect(room.doc.getText('t').toJSON()).toBe('abcdef');
    expect(room.doc.getMap('m').get('k')).toBeUndefined();
    const reloaded = newRoom();
    expect(reloaded.doc.getMap('m').get('k')).toBeUndefined();
    expect(reloaded.doc.getText('t').toJSON()).toBe('abcdef');
    reloaded.destroy();
    room.destroy();
  });

  it('is taken when it goes on where the held part is: a writer resending its repeated sets of one key', () => {
    const room = newRoom();
    const writer = new Connection(new LinkedSocket(() => undefined) as unknown as WebSocket, meetingId, 'secretary', 1);
    room.join(writer);
    const typist = new Y.Doc();
    typist.clientID = 5;
    const sent: Uint8Array[] = [];
    typist.on('update', (update: Uint8Array) => sent.push(update));
    for (const value of ['a', 'b', 'c', 'd']) typist.getMap('m').set('k', value);
    expect(room.receiveUpdate(writer, sent[0]!, sent[0]!)).toBeNull();
    expect(room.receiveUpdate(writer, sent[1]!, sent[1]!)).toBeNull();
    // On reconnect the writer sends everything it has, merged by Yjs into as few structs as it can.
    const everything = Y.encodeStateAsUpdate(typist);
    expect(room.receiveUpdate(writer, everything, everything)).toBeNull();
    expect(room.doc.getMap('m').get('k')).toBe('d');
    const reloaded = newRoom();
    expect(reloaded.doc.getMap('m').get('k')).toBe('d');
    reloaded.destroy();
    room.destroy();
  });
});

describe('a writer who typed on in a paragraph someone else deleted', () => {
  it('is not refused when it resends everything, and the paragraph stays deleted', () => {
    const server = new Y.Doc();
    const [writer, deleter] = editorDocs(1, 2);
    const sync = (from: Y.Doc, update = Y.encodeStateAsUpdate(from, Y.encodeStateVector(server))) => applyChecked(server, update);
    writer!.getArray<Y.Text>('paragraphs').insert(0, [new Y.Text('kvar'), new Y.Text('abc')]);
    expect(sync(writer!)).toBe(true);
    Y.applyUpdate(deleter!, Y.encodeStateAsUpdate(server));
    deleter!.getArray('paragraphs').delete(1, 1);
    expect(sync(deleter!)).toBe(true);
    // Offline, the writer types on at the end of "abc": Yjs merges it into one item, whose start the server holds as garbage.
    writer!.getArray<Y.Text>('paragraphs').get(1).insert(3, 'def');
    expect(sync(writer!, Y.encodeStateAsUpdate(writer!))).toBe(true);
    expect(server.getArray('paragraphs').toJSON()).toEqual(['kvar']);
    const reloaded = new Y.Doc();
    Y.applyUpdate(reloaded, Y.encodeStateAsUpdate(server));
    expect(reloaded.getArray('paragraphs').toJSON()).toEqual(['kvar']);
  });
});

describe('honest writers editing the same spots at the same time', () => {
  it('are never refused: 300 rounds of three editors inserting, deleting and syncing in random order', () => {
    const server = new Y.Doc();
    const editors = editorDocs(1, 2, 3);
    const random = seededRandom(42);
    const refused: string[] = [];
    const send = (from: Y.Doc) => {
      const update = Y.encodeStateAsUpdate(from, Y.encodeStateVector(server));
      if (!applyChecked(server, update)) refused.push(Buffer.from(update).toString('base64'));
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

  it('are never refused when they resend everything they hold, in paragraphs others delete and keys others set', () => {
    const server = new Y.Doc();
    const editors = editorDocs(1, 2, 3);
    const random = seededRandom(7);
    const refused: string[] = [];
    // Half the time the whole state, as a client that reconnects or replays its offline copy sends it: the server holds its start.
    const send = (from: Y.Doc) => {
      const update = random(2) === 0 ? Y.encodeStateAsUpdate(from) : Y.encodeStateAsUpdate(from, Y.encodeStateVector(server));
      if (!applyChecked(server, update)) refused.push(Buffer.from(update).toString('base64'));
    };
    for (let round = 0; round < 300; round++) {
      for (const doc of editors) {
        const paragraphs = doc.getArray<Y.Text>('paragraphs');
        for (let edit = 0; edit < 1 + random(4); edit++) {
          const choice = random(6);
          if (paragraphs.length === 0 || choice === 0) paragraphs.insert(random(paragraphs.length + 1), [new Y.Text('new')]);
          else if (choice === 1) paragraphs.delete(random(paragraphs.length), 1);
          else if (choice === 2) doc.getMap('meta').set(['title', 'place'][random(2)]!, `v${round}`);
          else {
            const text = paragraphs.get(random(paragraphs.length));
            if (text.length > 0 && choice === 3) text.delete(random(text.length), 1);
            // Mostly typing on at the end, which Yjs merges into the writer's last item: the server then holds its start.
            else text.insert(random(3) === 0 ? random(text.length + 1) : text.length, 'xyz'.slice(0, 1 + random(3)));
          }
        }
      }
      for (const index of [0, 1, 2].sort(() => random(3) - 1)) send(editors[index]!);
      for (const doc of editors) if (random(2) === 0) Y.applyUpdate(doc, Y.encodeStateAsUpdate(server, Y.encodeStateVector(doc)));
    }
    expect(refused).toEqual([]);
    const reloaded = new Y.Doc();
    Y.applyUpdate(reloaded, Y.encodeStateAsUpdate(server));
    expect(reloaded.getArray('paragraphs').toJSON()).toEqual(server.getArray('paragraphs').toJSON());
    expect(reloaded.getMap('meta').toJSON()).toEqual(server.getMap('meta').toJSON());
  });
});
