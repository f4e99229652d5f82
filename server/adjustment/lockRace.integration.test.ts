import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { canonicalJson } from '../../shared/adjustment/canonicalJson';
import type { AdjustResponse } from '../../shared/adjustment/types';
import type { CreateMeetingResponse } from '../../shared/api/types';
import { CLOSE_LOCKED } from '../../shared/collab/closeCodes';
import { extractProtocol } from '../../shared/protocol/extractProtocol';
import { bringTo, callAsApprover, openDatabaseFile, stateVectorOf } from '../testing/adjustmentFlow';
import { startTestServer, type TestServer } from '../testing/testServer';
import { sha256Hex } from './sha256Hex';

const TYPISTS = 20;
/** Updates the server must have applied from the typists before the last approval is sent. */
const UPDATES_BEFORE_APPROVAL = 200;
const KEYSTROKE_EVERY_MS = 5;
/** Bound on the load: no typist types more than this, whatever happens. */
const MAX_KEYSTROKES = 2000;

let t: TestServer;
let meeting: CreateMeetingResponse;

beforeEach(async () => {
  t = await startTestServer();
  meeting = await t.createMeeting();
  await bringTo(t, meeting, 'review');
  const first = await callAsApprover(t, meeting, 'adjuster', 'POST', '/approve', { stateVector: stateVectorOf() });
  expect(first.status).toBe(200);
});

afterEach(async () => {
  await t.stop();
});

/** One typist: a stock client inserting a character every few ms until stopped or locked out. */
function type(provider: WebsocketProvider, index: number) {
  let keystrokes = 0;
  let lockedOut = false;
  provider.on('connection-close', (event: CloseEvent | null) => {
    if (event?.code === CLOSE_LOCKED.code) lockedOut = true;
  });
  const text = provider.doc.getText(`typist-${index}`);
  const timer = setInterval(() => {
    if (keystrokes >= MAX_KEYSTROKES) return;
    text.insert(text.length, 'a');
    keystrokes += 1;
  }, KEYSTROKE_EVERY_MS);
  return {
    get lockedOut() {
      return lockedOut;
    },
    stop: () => clearInterval(timer),
  };
}

describe('the lock under load', () => {
  it('locks exactly the bytes it hashes while 20 clients type, and applies nothing after', async () => {
    const providers = await Promise.all(Array.from({ length: TYPISTS }, () => t.connect(meeting.id, meeting.invites.secretary.token)));
    const room = t.server.rooms.peek(meeting.id);
    if (!room) throw new Error('room not open');
    let applied = 0;
    room.doc.on('update', () => (applied += 1));
    const typists = providers.map((provider, index) => type(provider, index));

    await vi.waitFor(() => expect(applied).toBeGreaterThanOrEqual(UPDATES_BEFORE_APPROVAL), { timeout: 20_000, interval: 20 });
    const response = await callAsApprover(t, meeting, 'chair', 'POST', '/adjust', { stateVector: stateVectorOf() });
    expect(response.status).toBe(200);
    const lock = response.json as AdjustResponse;
    const appliedAtLock = applied;
    const vectorAtLock = Y.encodeStateVector(room.doc);

    // Every typist keeps typing until the server has closed it for writing to a locked protocol.
    await vi.waitFor(() => expect(typists.filter((typist) => typist.lockedOut)).toHaveLength(TYPISTS), { timeout: 20_000, interval: 20 });
    for (const typist of typists) typist.stop();

    expect(applied).toBe(appliedAtLock);
    expect(Y.encodeStateVector(room.doc)).toEqual(vectorAtLock);

    const db = openDatabaseFile(t);
    const stored = db.prepare('select data, sha256, protocol_json as protocolJson, protocol_sha256 as protocolSha256 from adjustments where meeting_id = ?').get(meeting.id) as {
      data: Buffer;
      sha256: string;
      protocolJson: string;
      protocolSha256: string;
    };
    const meetingRow = db.prepare('select id, title, kind, body, starts_at as startsAt, place, state, first_paragraph as firstParagraph from meetings where id = ?').get(meeting.id) as Parameters<typeof extractProtocol>[1];
    db.close();
    expect(stored.sha256).toBe(lock.sha256);
    expect(sha256Hex(stored.data)).toBe(lock.sha256);

    // The stored bytes are the document as it stood at the lock: the same state, the same protocol.
    const final = new Y.Doc();
    Y.applyUpdate(final, new Uint8Array(stored.data));
    expect(Y.encodeStateVector(final)).toEqual(vectorAtLock);
    expect(sha256Hex(canonicalJson(extractProtocol(final, meetingRow)))).toBe(stored.protocolSha256);
    expect(sha256Hex(stored.protocolJson)).toBe(stored.protocolSha256);

    const typed = [...Array(TYPISTS).keys()].reduce((sum, index) => sum + final.getText(`typist-${index}`).length, 0);
    expect(typed).toBeGreaterThanOrEqual(UPDATES_BEFORE_APPROVAL);
  }, 60_000);
});
