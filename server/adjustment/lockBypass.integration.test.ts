import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { CreateMeetingResponse } from '../../shared/api/types';
import { CLOSE_LOCKED } from '../../shared/collab/closeCodes';
import { SYNC_STEP_2, SYNC_UPDATE } from '../../shared/collab/messageTypes';
import { bodyStartAnchor, bringTo, callAs, callAsApprover, openDatabaseFile } from '../testing/adjustmentFlow';
import { openRawSocket, syncFrame, type RawSocket } from '../testing/rawSocket';
import { startTestServer, type TestServer } from '../testing/testServer';
import { writeThroughClient } from '../testing/writeThroughClient';
import { sha256Hex } from './sha256Hex';

const MAX_MESSAGE_BYTES = 64 * 1024;
const COUNTED_TABLES = ['updates', 'snapshots', 'adjustments', 'approvals', 'reviews', 'agenda_items', 'decisions', 'action_items', 'attendees', 'remarks', 'corrections'];

let t: TestServer;
let meeting: CreateMeetingResponse;
/** A socket with a valid editor (secretary) credential, opened while the protocol was in review. */
let before: RawSocket;
/** Another socket that must see nothing relayed. */
let observer: RawSocket;

beforeEach(async () => {
  t = await startTestServer({ MAX_MESSAGE_BYTES: String(MAX_MESSAGE_BYTES) });
  meeting = await t.createMeeting();
  const { writer, observer: seen } = await writeThroughClient(t, meeting.id, meeting.invites.secretary.token, (doc) => {
    doc.getText('t').insert(0, '§ 18 Mötets öppnande');
  });
  writer.destroy();
  seen.destroy();
  await bringTo(t, meeting, 'review');
  before = await openRawSocket(t, meeting.id, meeting.invites.secretary.token);
  await bringToAdjusted();
  observer = await openRawSocket(t, meeting.id, meeting.invites.viewer.token);
});

afterEach(async () => {
  before.socket.close();
  observer.socket.close();
  await t.stop();
});

async function bringToAdjusted() {
  for (const role of ['adjuster', 'chair'] as const) {
    const response = await callAsApprover(t, meeting, role, 'POST', '/approve', { stateVector: 'AA==' });
    expect(response.status).toBe(200);
  }
}

/** The locked row, its hash and every row count: what no bypass may change. */
function storedState() {
  const db = openDatabaseFile(t);
  try {
    const lock = db.prepare('select data, sha256 from adjustments where meeting_id = ?').get(meeting.id) as { data: Buffer; sha256: string };
    const counts = Object.fromEntries(COUNTED_TABLES.map((table) => [table, (db.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n]));
    return { bytes: lock.data.toString('base64'), sha256: lock.sha256, dataHash: sha256Hex(lock.data), counts };
  } finally {
    db.close();
  }
}

/** An update that adds text as a fresh client of its own. */
function newContent(): Uint8Array {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, 'smugglad text');
  return Y.encodeStateAsUpdate(doc);
}

/** An update claiming to come from a client id the document already holds, continuing its clock. */
function updateAsExistingClient(known: Y.Doc): Uint8Array {
  const [client] = [...Y.decodeStateVector(Y.encodeStateVector(known)).keys()];
  const forger = new Y.Doc();
  Y.applyUpdate(forger, Y.encodeStateAsUpdate(known));
  forger.clientID = client ?? 1;
  const vector = Y.encodeStateVector(forger);
  forger.getText('t').insert(0, 'förfalskad ');
  return Y.encodeStateAsUpdate(forger, vector);
}

async function expectUnchangedAfter(socket: RawSocket, frame: Uint8Array, expectedClose: { code: number; reason?: string } | null) {
  const stored = storedState();
  const serverState = Y.encodeStateVector(t.server.rooms.peek(meeting.id)?.doc ?? new Y.Doc());
  socket.send(frame);
  if (expectedClose) {
    const closed = await socket.closed;
    expect(closed.code).toBe(expectedClose.code);
    if (expectedClose.reason) expect(closed.reason).toBe(expectedClose.reason);
  } else {
    // A probe sent after the frame proves the server has read it (frames are handled in order).
    const probe = await callAs(t, meeting, 'viewer', 'GET', '/verify');
    expect(probe.status).toBe(200);
  }
  expect(storedState()).toEqual(stored);
  expect(stored.dataHash).toBe(stored.sha256);
  expect(observer.relayed).toEqual([]);
  const room = t.server.rooms.peek(meeting.id);
  if (room) expect(Y.encodeStateVector(room.doc)).toEqual(serverState);
}

describe('no client can change an adjusted protocol, even with a valid editor credential', () => {
  for (const opened of ['before', 'after'] as const) {
    describe(`on a socket opened ${opened} the lock`, () => {
      const socket = async () => (opened === 'before' ? before : await openRawSocket(t, meeting.id, meeting.invites.secretary.token));

      it('closes on an update with new content (4409 locked)', async () => {
        await expectUnchangedAfter(await socket(), syncFrame(SYNC_UPDATE, newContent()), CLOSE_LOCKED);
      });

      it('closes on a sync step 2 with new content', async () => {
        await expectUnchangedAfter(await socket(), syncFrame(SYNC_STEP_2, newContent()), CLOSE_LOCKED);
      });

      it('quietly takes a sync step 2 with content the server already has', async () => {
        const raw = await socket();
        await expectUnchangedAfter(raw, syncFrame(SYNC_STEP_2, Y.encodeStateAsUpdate(raw.doc)), null);
        expect(raw.socket.readyState).toBe(raw.socket.OPEN);
      });

      it("closes on an update carrying another client's id", async () => {
        const raw = await socket();
        await expectUnchangedAfter(raw, syncFrame(SYNC_UPDATE, updateAsExistingClient(raw.doc)), CLOSE_LOCKED);
      });

      it('closes on an oversized update (1009) and changes nothing', async () => {
        const doc = new Y.Doc();
        doc.getText('t').insert(0, 'x'.repeat(MAX_MESSAGE_BYTES * 2));
        await expectUnchangedAfter(await socket(), syncFrame(SYNC_UPDATE, Y.encodeStateAsUpdate(doc)), { code: 1009 });
      });
    });
  }

  it('answers REST mutations with 409 locked and a clear message', async () => {
    const before = storedState();
    for (const [role, method, route, body] of [
      ['secretary', 'POST', '/review', {}],
      ['secretary', 'POST', '/withdraw', {}],
      ['chair', 'POST', '/approve', { stateVector: 'AA==' }],
      ['adjuster', 'POST', '/decline', { reason: 'sent' }],
      ['adjuster', 'POST', '/remarks', { text: 'sent', anchor: bodyStartAnchor() }],
    ] as const) {
      // The approvers in person: the lock refuses even them.
      const response = role === 'secretary' ? await callAs(t, meeting, role, method, route, body) : await callAsApprover(t, meeting, role, method, route, body);
      expect(response.status, `${role} ${route}`).toBe(409);
      expect(response.json).toMatchObject({ error: { code: 'locked', reason: 'locked', message: expect.stringMatching(/adjusted \(locked\)/) as unknown } });
    }
    expect(storedState()).toEqual(before);
  });

  it('refuses UPDATE and DELETE of the locked rows in the database itself', async () => {
    const db = openDatabaseFile(t);
    const file = db.name;
    db.close();
    const { default: Database } = await import('better-sqlite3');
    const writable = new Database(file);
    try {
      expect(() => writable.prepare("update adjustments set sha256 = 'x'").run()).toThrow(/locked/);
      expect(() => writable.prepare('delete from adjustments').run()).toThrow(/locked/);
      expect(() => writable.prepare("update meetings set state = 'draft' where id = ?").run(meeting.id)).toThrow(/locked/);
      expect(() => writable.prepare('delete from approvals where meeting_id = ?').run(meeting.id)).toThrow(/locked/);
      expect(() => writable.prepare("update agenda_items set title = 'x' where meeting_id = ?").run(meeting.id)).toThrow(/locked/);
      expect(() => writable.prepare('insert into updates (meeting_id, data) values (?, ?)').run(meeting.id, Buffer.from([0, 0]))).toThrow(/locked/);
    } finally {
      writable.close();
    }
  });
});
