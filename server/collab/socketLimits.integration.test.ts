import * as encoding from 'lib0/encoding';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WebSocket } from 'ws';
import type * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { MESSAGE_AWARENESS, SYNC_UPDATE } from '../../shared/collab/messageTypes';
import { awarenessEntries } from '../testing/awarenessEntries';
import { scatteredInserts, updateFrom } from '../testing/largeUpdates';
import { oneCharacterFrames, openRawSocket, syncFrame } from '../testing/rawSocket';
import { startTestServer, textOf, waitForDoc, type TestServer } from '../testing/testServer';
import { MAX_AWARENESS_IDS_PER_SOCKET, MAX_AWARENESS_STATE_BYTES } from './awarenessCheck';

let t: TestServer | null = null;
afterEach(async () => {
  await t?.stop();
  t = null;
});

/** An awareness frame of hand-picked entries, as a forged client writes it. */
function awarenessFrame(entries: Parameters<typeof awarenessEntries>[0]): Uint8Array {
  const frame = encoding.createEncoder();
  encoding.writeVarUint(frame, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(frame, awarenessEntries(entries));
  return encoding.toUint8Array(frame);
}

const nameOf = (provider: { awareness: awarenessProtocol.Awareness }, id: number) =>
  (provider.awareness.getStates().get(id)?.user as { name?: string } | undefined)?.name;

describe('presence from a participant', () => {
  it('cannot overwrite the chair\'s name and caret: the forged entry is dropped, the socket stays, the chair stays the chair', async () => {
    t = await startTestServer();
    const meeting = await t.createMeeting();
    const chair = await t.connect(meeting.id, meeting.invites.chair.token);
    chair.awareness.setLocalStateField('user', { name: 'Ordföranden' });
    const secretary = await t.connect(meeting.id, meeting.invites.secretary.token);
    await vi.waitFor(() => expect(nameOf(secretary, chair.doc.clientID)).toBe('Ordföranden'));

    const forger = await openRawSocket(t, meeting.id, meeting.invites.participant.token);
    const chairClock = chair.awareness.meta.get(chair.doc.clientID)!.clock;
    forger.send(awarenessFrame([{ id: chair.doc.clientID, clock: chairClock + 5, state: { user: { name: 'Falsk ordförande' } } }]));
    // A barrier: frames are handled in order, so the forged entry would be relayed before this one.
    forger.send(awarenessFrame([{ id: 424242, clock: 1, state: { user: { name: 'Deltagare' } } }]));
    await vi.waitFor(() => expect(nameOf(secretary, 424242)).toBe('Deltagare'));
    expect(nameOf(secretary, chair.doc.clientID)).toBe('Ordföranden');
    expect(forger.socket.readyState).toBe(WebSocket.OPEN);
  });

  it('is closed with 4413 for a state larger than presence needs, or more entries than a tab has; the others go on', async () => {
    t = await startTestServer();
    const meeting = await t.createMeeting();
    const big = await openRawSocket(t, meeting.id, meeting.invites.participant.token);
    big.send(awarenessFrame([{ id: 1001, clock: 1, state: { user: { name: 'x'.repeat(MAX_AWARENESS_STATE_BYTES) } } }]));
    await expect(big.closed).resolves.toMatchObject({ code: 4413 });

    const many = await openRawSocket(t, meeting.id, meeting.invites.participant.token);
    const entries = Array.from({ length: MAX_AWARENESS_IDS_PER_SOCKET + 1 }, (_, index) => ({ id: 2000 + index, clock: 1, state: { user: { name: `Spöke ${index}` } } }));
    many.send(awarenessFrame(entries));
    await expect(many.closed).resolves.toMatchObject({ code: 4413 });

    const observer = await t.connect(meeting.id, meeting.invites.secretary.token);
    const writer = await t.connect(meeting.id, meeting.invites.participant.token);
    writer.awareness.setLocalStateField('user', { name: 'Anna' });
    await vi.waitFor(() => expect(nameOf(observer, writer.doc.clientID)).toBe('Anna'));
    for (const id of [1001, ...entries.map((entry) => entry.id)]) expect(observer.awareness.getStates().has(id)).toBe(false);
  });
});

describe('a socket that floods the server with updates', () => {
  it('is read no faster than its budget, and every update it sent is stored in the end: slowed, not dropped', async () => {
    t = await startTestServer({ SOCKET_MESSAGES_PER_SEC: '50' });
    const meeting = await t.createMeeting();
    const flooder = await openRawSocket(t, meeting.id, meeting.invites.participant.token);
    const frames = oneCharacterFrames(300);
    const started = Date.now();
    for (const frame of frames) flooder.send(frame);

    // Watched on every update the server relays, until all 300 are in: two seconds of budget
    // at once (100), then 50 a second; the rest waits in the socket.
    const observer = await t.connect(meeting.id, meeting.invites.secretary.token);
    let peak = 0;
    const check = () => {
      const elapsed = (Date.now() - started) / 1000;
      const stored = t!.server.documents.countUpdates(meeting.id);
      peak = Math.max(peak, stored - (100 + Math.ceil(50 * elapsed) + 5));
    };
    observer.doc.on('update', check);
    await waitForDoc(observer.doc, (doc) => textOf(doc).length === 300, 15_000);
    observer.doc.off('update', check);
    expect(peak).toBeLessThanOrEqual(0);
    // Slowed, not hurried through: the last of them could not arrive before the budget allowed.
    expect((Date.now() - started) / 1000).toBeGreaterThanOrEqual((300 - 100) / 50 - 0.5);

    const reader = await t.connect(meeting.id, meeting.invites.viewer.token);
    await waitForDoc(reader.doc, (doc) => textOf(doc).length === 300, 15_000);
    expect(textOf(reader.doc)).toBe('a'.repeat(300));
    expect(flooder.socket.readyState).toBe(WebSocket.OPEN);
  }, 30_000);
  it('within its budget still takes turns: another meeting\'s keystroke is relayed while the flood is being stored, not after it', async () => {
    t = await startTestServer({ SOCKET_MESSAGES_PER_SEC: '100000', SOCKET_BUSY_MS_PER_SEC: '100000', ADDRESS_BUSY_MS_PER_SEC: '100000', SOCKET_BYTES_PER_SEC: String(64 * 1024 * 1024) });
    const flooded = await t.createMeeting();
    const flooder = await openRawSocket(t, flooded.id, flooded.invites.participant.token);
    const frames = oneCharacterFrames(3000);

    const other = await t.createMeeting();
    const writer = await t.connect(other.id, other.invites.participant.token);
    const reader = await t.connect(other.id, other.invites.secretary.token);
    for (const frame of frames) flooder.send(frame);
    const taken = () => t!.server.rooms.peek(flooded.id)!.doc.getText('t').length;
    // Sent once the flood is under way: the server has begun taking it.
    await new Promise<void>((resolve) => {
      const started = () => (taken() > 0 ? resolve() : setImmediate(started));
      started();
    });
    writer.doc.getText('t').insert(0, 'Mötet öppnas.');
    await waitForDoc(reader.doc, (doc) => textOf(doc) === 'Mötet öppnas.', 15_000);
    expect(taken()).toBeLessThan(3000);
    await vi.waitFor(() => expect(taken()).toBe(3000), { timeout: 15_000 });
  }, 30_000);
});

describe('a socket that never reads', () => {
  it('is dropped once more than MAX_SOCKET_BUFFER_BYTES waits for it, and the meeting goes on', async () => {
    t = await startTestServer({ MAX_SOCKET_BUFFER_BYTES: String(256 * 1024), MAX_DOCUMENT_BYTES: String(256 * 1024 * 1024), SOCKET_BYTES_PER_SEC: String(256 * 1024 * 1024) });
    const meeting = await t.createMeeting();
    const sleeper = await openRawSocket(t, meeting.id, meeting.invites.viewer.token);
    // Stop reading: the kernel buffers fill, then the server's queue for this socket grows.
    (sleeper.socket as unknown as { _socket: { pause(): void } })._socket.pause();
    const writer = await t.connect(meeting.id, meeting.invites.secretary.token);
    const paragraph = 'Ordföranden förklarar mötet öppnat. '.repeat(3000);
    for (let round = 0; round < 200 && t.server.rooms.peek(meeting.id)!.connections.size > 1; round++) {
      writer.doc.getText('t').insert(0, paragraph);
      // Lets the sockets flush between inserts; the loop ends when the sleeper is dropped.
      await new Promise((resolve) => setImmediate(resolve));
    }
    await vi.waitFor(() => expect(t!.server.rooms.peek(meeting.id)!.connections.size).toBe(1), { timeout: 10_000 });
    const reader = await t.connect(meeting.id, meeting.invites.viewer.token);
    await waitForDoc(reader.doc, (doc) => textOf(doc) === textOf(writer.doc), 10_000);
  }, 60_000);
});

describe('a client that opens several sockets', () => {
  it('shares one budget of the event loop across them: its next socket waits, a client at another address does not', async () => {
    // Sockets are not limited on their own here; the address is, to 50 ms a second (100 ms at once).
    // Updates are checked inline, so the event loop's time is all that paces them.
    t = await startTestServer({ SOCKET_BUSY_MS_PER_SEC: '100000', ADDRESS_BUSY_MS_PER_SEC: '50', TRUST_PROXY_HOPS: '1', UPDATE_VET_ABOVE_BYTES: '1000000' });
    const meeting = await t.createMeeting();
    const token = meeting.invites.participant.token;
    const from = (address: string) => ({ 'x-forwarded-for': address });
    const costly = await openRawSocket(t, meeting.id, token, from('198.51.100.7'));
    const sibling = await openRawSocket(t, meeting.id, token, from('198.51.100.7'));
    const other = await openRawSocket(t, meeting.id, token, from('203.0.113.9'));
    const observer = await t.connect(meeting.id, meeting.invites.viewer.token);

    // Costly updates from one socket, one at a time, until the address is out of its share: an
    // update then arrives only after a rest, and the address owes what that one cost again.
    const base = new Y.Doc();
    let sent = 0;
    let lastArrival = performance.now();
    for (; sent < 60; sent++) {
      const name = `costly${sent}`;
      costly.send(syncFrame(SYNC_UPDATE, scatteredInserts(base, 4000, name)));
      await waitForDoc(observer.doc, (doc) => doc.getText(name).length > 0, 15_000);
      const gap = performance.now() - lastArrival;
      lastArrival = performance.now();
      if (sent > 0 && gap > 150) break;
    }
    expect(sent).toBeLessThan(60);

    const keystroke = (name: string) => syncFrame(SYNC_UPDATE, updateFrom(new Y.Doc(), (doc) => doc.getText(name).insert(0, name)));
    const arrived: string[] = [];
    const watch = () => {
      for (const name of ['sibling', 'other']) if (!arrived.includes(name) && observer.doc.getText(name).length > 0) arrived.push(name);
    };
    observer.doc.on('update', watch);
    sibling.send(keystroke('sibling'));
    other.send(keystroke('other'));
    await waitForDoc(observer.doc, (doc) => doc.getText('sibling').length > 0 && doc.getText('other').length > 0, 20_000);
    observer.doc.off('update', watch);
    // Sent second, taken first: the sibling's keystroke waited for its address's share; none was lost.
    expect(arrived).toEqual(['other', 'sibling']);
    for (let index = 0; index <= sent; index++) expect(observer.doc.getText(`costly${index}`).length).toBe(5000);
    expect([costly, sibling, other].map((socket) => socket.socket.readyState)).toEqual([WebSocket.OPEN, WebSocket.OPEN, WebSocket.OPEN]);
  }, 45_000);
});
