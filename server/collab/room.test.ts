import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WebSocket } from 'ws';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { MESSAGE_AWARENESS, MESSAGE_SYNC } from '../../shared/collab/messageTypes';
import type { Role } from '../../shared/roles';
import { Connection } from './connection';
import { receiveMessage } from './messageReceiver';
import { LinkedSocket } from '../testing/linkedSocket';
import { openRoomFixture, type RoomFixture } from '../testing/roomFixture';
import type { Room } from './room';

/** A client Y.Doc linked to a room through the real message receiver, no network. */
class LinkedClient {
  readonly doc = new Y.Doc();
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  readonly socket = new LinkedSocket((frame) => this.receive(frame));
  readonly connection: Connection;

  constructor(
    private readonly room: Room,
    role: Role,
    id: number,
  ) {
    // The Connection only calls send/close/readyState, which LinkedSocket provides.
    this.connection = new Connection(this.socket as unknown as WebSocket, room.meetingId, role, id);
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === this) return;
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MESSAGE_SYNC);
      syncProtocol.writeUpdate(encoder, update);
      this.toServer(encoding.toUint8Array(encoder));
    });
    room.join(this.connection);
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_SYNC);
    syncProtocol.writeSyncStep1(encoder, this.doc);
    this.toServer(encoding.toUint8Array(encoder));
  }

  get text() {
    return this.doc.getText('t').toJSON();
  }

  toServer(frame: Uint8Array) {
    receiveMessage(this.room, this.connection, frame);
  }

  private receive(frame: Uint8Array) {
    const decoder = decoding.createDecoder(frame);
    const type = decoding.readVarUint(decoder);
    if (type === MESSAGE_SYNC) {
      const reply = encoding.createEncoder();
      encoding.writeVarUint(reply, MESSAGE_SYNC);
      syncProtocol.readSyncMessage(decoder, reply, this.doc, this);
      if (encoding.length(reply) > 1) this.toServer(encoding.toUint8Array(reply));
    } else if (type === MESSAGE_AWARENESS) {
      awarenessProtocol.applyAwarenessUpdate(this.awareness, decoding.readVarUint8Array(decoder), this);
    }
  }
}

let fixture: RoomFixture;
let store: RoomFixture['store'];
let meetingId: string;

beforeEach(() => {
  fixture = openRoomFixture();
  ({ store, meetingId } = fixture);
});

afterEach(() => fixture.close());

const newRoom = (compactAfterUpdates = 1000) => fixture.newRoom({ compactAfterUpdates });

describe('Room with linked in-process docs', () => {
  it('syncs edits between clients in both directions', () => {
    const room = newRoom();
    const a = new LinkedClient(room, 'secretary', 1);
    const b = new LinkedClient(room, 'participant', 2);
    a.doc.getText('t').insert(0, 'Mötets öppnande');
    b.doc.getText('t').insert(0, '§ 18 ');
    expect(a.text).toBe('§ 18 Mötets öppnande');
    expect(b.text).toBe(a.text);
    expect(room.doc.getText('t').toJSON()).toBe(a.text);
    room.destroy();
  });

  it('converges after concurrent edits made while disconnected', () => {
    const room = newRoom();
    const a = new LinkedClient(room, 'secretary', 1);
    a.doc.getText('t').insert(0, 'bas');
    const offline = new Y.Doc();
    Y.applyUpdate(offline, Y.encodeStateAsUpdate(a.doc));
    offline.getText('t').insert(0, 'X');
    a.doc.getText('t').insert(3, 'Y');
    const late = new LinkedClient(room, 'participant', 2);
    Y.applyUpdate(late.doc, Y.encodeStateAsUpdate(offline));
    // Step 1 answered: the late client now has Y; its own X reached the room as an update.
    expect(late.text).toBe(a.text);
    expect(a.text).toContain('X');
    expect(a.text).toContain('Y');
    room.destroy();
  });

  it('gives a late joiner the whole document and the present peers', () => {
    const room = newRoom();
    const a = new LinkedClient(room, 'secretary', 1);
    a.awareness.setLocalStateField('user', { name: 'Anna' });
    room.applyAwareness(a.connection, awarenessProtocol.encodeAwarenessUpdate(a.awareness, [a.doc.clientID]));
    a.doc.getText('t').insert(0, 'Närvarande: Anna');
    const late = new LinkedClient(room, 'viewer', 2);
    expect(late.text).toBe('Närvarande: Anna');
    // As the server relays it: a role link's typed name, marked unverified.
    expect(late.awareness.getStates().get(a.doc.clientID)).toEqual({ user: { name: 'Anna', verified: false } });
    room.leave(a.connection);
    expect(late.awareness.getStates().has(a.doc.clientID)).toBe(false);
    room.destroy();
  });

  it('appends every update before peers see it and reloads them into an equal doc', () => {
    const room = newRoom();
    const a = new LinkedClient(room, 'secretary', 1);
    let storedWhenRelayed = -1;
    const b = new LinkedClient(room, 'participant', 2);
    b.doc.on('update', () => (storedWhenRelayed = store.countUpdates(meetingId)));
    a.doc.getText('t').insert(0, 'ett');
    expect(storedWhenRelayed).toBe(1);
    room.destroy();
    const reloaded = newRoom();
    expect(reloaded.doc.getText('t').toJSON()).toBe('ett');
    reloaded.destroy();
  });

  it('snapshots the log after N updates, off the receive path, and keeps the log as history', async () => {
    const room = newRoom(3);
    const a = new LinkedClient(room, 'secretary', 1);
    for (const ch of 'abcd') a.doc.getText('t').insert(a.text.length, ch);
    expect(store.load(meetingId).snapshot).toBeNull();
    // A load then starts at the snapshot: nothing of the log before it is read again.
    await vi.waitFor(() => expect(store.load(meetingId).updates).toEqual([]));
    expect(store.load(meetingId).snapshot).not.toBeNull();
    expect(store.countUpdates(meetingId)).toBe(4);
    room.destroy();
  });

  it('refuses a viewer’s change and keeps the room unchanged', () => {
    const room = newRoom();
    const viewer = new LinkedClient(room, 'viewer', 1);
    viewer.doc.getText('t').insert(0, 'forged');
    expect(room.doc.getText('t').toJSON()).toBe('');
    expect(store.countUpdates(meetingId)).toBe(0);
    expect(viewer.socket.closedWith).toBeNull();
    room.destroy();
  });

  it('closes the socket of a malformed frame and nothing else', () => {
    const room = newRoom();
    const a = new LinkedClient(room, 'secretary', 1);
    const b = new LinkedClient(room, 'participant', 2);
    a.toServer(new Uint8Array([7, 7, 7]));
    expect(a.socket.closedWith?.code).toBe(4400);
    b.doc.getText('t').insert(0, 'ok');
    expect(room.doc.getText('t').toJSON()).toBe('ok');
    expect(b.socket.closedWith).toBeNull();
    room.destroy();
  });
});

describe('a document stored before titles became shared text', () => {
  /** The old shape: title and presenter of a § and a decision's lead-in as attributes. */
  function storeOldShape(): void {
    const doc = new Y.Doc();
    doc.on('update', (update: Uint8Array) => store.append(meetingId, update));
    const body = doc.getXmlFragment('default');
    const item = new Y.XmlElement('agendaItem');
    item.setAttribute('title', 'Budget 2027');
    item.setAttribute('presenter', 'Ove Ek');
    const line = new Y.XmlElement('paragraph');
    line.insert(0, [new Y.XmlText('Förslaget presenteras.')]);
    const decision = new Y.XmlElement('decision');
    decision.setAttribute('leadIn', 'Nämnden beslutar att');
    const clause = new Y.XmlElement('decisionClause');
    clause.insert(0, [new Y.XmlText('godkänna budgeten')]);
    decision.insert(0, [clause]);
    item.insert(0, [line, decision]);
    body.insert(0, [item]);
  }

  // Y.XmlFragment prints itself as XML.
  const shape = (doc: Y.Doc) => doc.getXmlFragment('default').toString(); // eslint-disable-line @typescript-eslint/no-base-to-string

  it('is converted when its room loads: one stored update, the texts as the first children', () => {
    storeOldShape();
    const before = store.load(meetingId).updates.length;
    const room = newRoom();
    expect(shape(room.doc)).toBe(
      // (Yjs prints element names in lower case.)
      '<agendaitem><agendatitle>Budget 2027</agendatitle><agendapresenter>Ove Ek</agendapresenter><paragraph>Förslaget presenteras.</paragraph>' +
        '<decision><decisionleadin>Nämnden beslutar att</decisionleadin><decisionclause>godkänna budgeten</decisionclause></decision></agendaitem>',
    );
    expect(store.load(meetingId).updates.length).toBe(before + 1);
    room.destroy();

    // Loading again finds nothing to convert and reads the same document from the store.
    const stored = store.load(meetingId).updates.length;
    const again = newRoom();
    expect(store.load(meetingId).updates.length).toBe(stored);
    expect(shape(again.doc)).toBe(shape(room.doc));
    again.destroy();
  });

  it('is never rewritten once the protocol is locked', () => {
    storeOldShape();
    const before = store.load(meetingId).updates.length;
    const room = fixture.newRoom({}, 'adjusted');
    expect(shape(room.doc)).toContain('<agendaitem presenter="Ove Ek" title="Budget 2027">');
    expect(store.load(meetingId).updates.length).toBe(before);
    room.destroy();
  });
});

describe('an update Yjs applies but cannot write back out (issue 10)', () => {
  const POISON = new Uint8Array([0x01, 0x01, 0xe7, 0x8a, 0x8d, 0x09, 0x00, 0x00, 0x00, 0x00]);

  it('is refused as malformed, never stored, and the meeting loads again', () => {
    const room = newRoom();
    const client = new LinkedClient(room, 'secretary', 1);
    client.doc.getText('t').insert(0, 'Mötets öppnande');
    const before = store.load(meetingId).updates.length;
    expect(room.receiveUpdate(client.connection, POISON, POISON)).toBe('malformed');
    expect(store.load(meetingId).updates.length).toBe(before);
    room.destroy();
    const again = newRoom();
    expect(again.doc.getText('t').toJSON()).toBe('Mötets öppnande');
    again.destroy();
  });

  it('stored by an earlier version, is skipped when the room loads, and the rest of the meeting is read', () => {
    const doc = new Y.Doc();
    doc.on('update', (update: Uint8Array) => store.append(meetingId, update));
    doc.getText('t').insert(0, 'Val av justerare');
    store.append(meetingId, POISON);
    const room = newRoom();
    expect(room.doc.getText('t').toJSON()).toBe('Val av justerare');
    expect(() => Y.encodeStateAsUpdate(room.doc)).not.toThrow();
    room.compact();
    room.destroy();
    const again = newRoom();
    expect(again.doc.getText('t').toJSON()).toBe('Val av justerare');
    again.destroy();
  });
});

describe('the document size limit', () => {
  it('closes the socket of an update that would grow the document past it, and stores nothing of it', () => {
    const room = fixture.newRoom({ maxDocumentBytes: 400 });
    const a = new LinkedClient(room, 'secretary', 1);
    a.doc.getText('t').insert(0, 'Mötets öppnande');
    expect(a.socket.closedWith).toBeNull();
    a.doc.getText('t').insert(0, 'x'.repeat(1000));
    expect(a.socket.closedWith).toEqual({ code: 4413, reason: 'too large: the document has reached its size limit' });
    expect(room.doc.getText('t').toJSON()).toBe('Mötets öppnande');
    room.destroy();
    const again = newRoom();
    expect(again.doc.getText('t').toJSON()).toBe('Mötets öppnande');
    again.destroy();
  });
});
