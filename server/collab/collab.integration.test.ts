import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import type { CreateMeetingResponse } from '../../shared/api/types';
import { CLOSE_FORBIDDEN, CLOSE_MALFORMED, CLOSE_NOT_FOUND, CLOSE_UNAUTHORIZED } from '../../shared/collab/closeCodes';
import { startTestServer, textOf, waitForDoc, type TestServer } from '../testing/testServer';

let t: TestServer;
let meeting: CreateMeetingResponse;

beforeEach(async () => {
  t = await startTestServer();
  meeting = await t.createMeeting();
});

afterEach(async () => {
  vi.restoreAllMocks();
  await t.stop();
});

const tokenOf = (role: keyof CreateMeetingResponse['invites']) => meeting.invites[role].token;

/** Opens a raw socket and resolves with how the server closed it. */
function closeOf(url: string, headers: Record<string, string> = {}): Promise<{ code: number; reason: string }> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, { headers });
    socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() }));
    socket.on('error', reject);
  });
}

describe('collaboration with stock y-websocket clients', () => {
  it('makes two editors converge, both ways and concurrently', async () => {
    const a = await t.connect(meeting.id, tokenOf('secretary'));
    const b = await t.connect(meeting.id, tokenOf('participant'));
    a.doc.getText('t').insert(0, 'Mötet öppnas. ');
    b.doc.getText('t').insert(0, 'Närvaro: ');
    await waitForDoc(a.doc, (doc) => textOf(doc).length === 'Mötet öppnas. Närvaro: '.length);
    await waitForDoc(b.doc, (doc) => textOf(doc) === textOf(a.doc));
    expect(textOf(a.doc)).toContain('Mötet öppnas.');
    expect(textOf(a.doc)).toContain('Närvaro:');
  });

  it('gives a client joining later the full state', async () => {
    const a = await t.connect(meeting.id, tokenOf('secretary'));
    const b = await t.connect(meeting.id, tokenOf('participant'));
    for (const word of ['§ 18 ', 'Mötets ', 'öppnande']) a.doc.getText('t').insert(textOf(a.doc).length, word);
    await waitForDoc(b.doc, (doc) => textOf(doc) === '§ 18 Mötets öppnande');
    const c = await t.connect(meeting.id, tokenOf('adjuster'));
    expect(textOf(c.doc)).toBe('§ 18 Mötets öppnande');
  });

  it('keeps everything across a server restart on the same data dir', async () => {
    const a = await t.connect(meeting.id, tokenOf('secretary'));
    const b = await t.connect(meeting.id, tokenOf('participant'));
    a.doc.getText('t').insert(0, 'Beslut: att godkänna dagordningen');
    await waitForDoc(b.doc, (doc) => textOf(doc).startsWith('Beslut'));
    a.destroy();
    b.destroy();
    await t.restart();
    const fresh = await t.connect(meeting.id, tokenOf('viewer'));
    expect(textOf(fresh.doc)).toBe('Beslut: att godkänna dagordningen');
  });

  it('keeps an update that was relayed even if the server stops before compacting', async () => {
    const a = await t.connect(meeting.id, tokenOf('secretary'));
    const b = await t.connect(meeting.id, tokenOf('participant'));
    a.doc.getText('t').insert(0, 'x');
    await waitForDoc(b.doc, (doc) => textOf(doc) === 'x');
    // The peer has seen it, so it is in the append log already, before any snapshot.
    expect(t.server.documents.countUpdates(meeting.id)).toBeGreaterThan(0);
  });

  it('never relays or stores a viewer update, and tells the viewer why', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const editor = await t.connect(meeting.id, tokenOf('secretary'));
    const other = await t.connect(meeting.id, tokenOf('participant'));
    const viewer = await t.connect(meeting.id, tokenOf('viewer'));
    const storedBefore = t.server.documents.countUpdates(meeting.id);

    viewer.doc.getText('t').insert(0, 'FORGED ');
    await vi.waitFor(() => expect(warn).toHaveBeenCalledWith(expect.stringContaining('read-only')));

    // A barrier: the server handles frames in order, so anything relayed from the viewer would arrive first.
    editor.doc.getText('t').insert(0, 'ok');
    await waitForDoc(other.doc, (doc) => textOf(doc).includes('ok'));
    expect(textOf(other.doc)).toBe('ok');
    expect(textOf(t.server.rooms.peek(meeting.id)!.doc)).toBe('ok');
    expect(t.server.documents.countUpdates(meeting.id)).toBe(storedBefore + 1);
  });

  it('still shares a viewer’s presence', async () => {
    const editor = await t.connect(meeting.id, tokenOf('secretary'));
    const viewer = await t.connect(meeting.id, tokenOf('viewer'));
    viewer.awareness.setLocalStateField('user', { name: 'Läsare' });
    await vi.waitFor(() => {
      const names = [...editor.awareness.getStates().values()].map((state) => (state.user as { name?: string } | undefined)?.name);
      expect(names).toContain('Läsare');
    });
  });

  it('closes only the socket that sent a garbage frame', async () => {
    const a = await t.connect(meeting.id, tokenOf('secretary'));
    const b = await t.connect(meeting.id, tokenOf('participant'));
    const ticket = await t.ticket(meeting.id, tokenOf('participant'));
    const raw = new WebSocket(`${t.wsBase}/${meeting.id}?ticket=${ticket}`);
    const closed = new Promise<{ code: number; reason: string }>((resolve) =>
      raw.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
    );
    await new Promise((resolve) => raw.once('open', resolve));
    raw.send(Buffer.from([0, 2, 200, 1, 2, 3]));
    expect(await closed).toEqual(CLOSE_MALFORMED);

    a.doc.getText('t').insert(0, 'still works');
    await waitForDoc(b.doc, (doc) => textOf(doc) === 'still works');
    expect(a.wsconnected && b.wsconnected).toBe(true);
  });

  it('closes a socket that sends a frame over MAX_MESSAGE_BYTES with 1009 and keeps the room', async () => {
    const small = await startTestServer({ MAX_MESSAGE_BYTES: '1024' });
    try {
      const created = await small.createMeeting();
      const a = await small.connect(created.id, created.invites.secretary.token);
      const b = await small.connect(created.id, created.invites.participant.token);
      const ticket = await small.ticket(created.id, created.invites.participant.token);
      const raw = new WebSocket(`${small.wsBase}/${created.id}?ticket=${ticket}`);
      const closed = new Promise<number>((resolve) => raw.on('close', (code) => resolve(code)));
      await new Promise((resolve) => raw.once('open', resolve));
      raw.send(Buffer.alloc(4096, 1));
      expect(await closed).toBe(1009);
      a.doc.getText('t').insert(0, 'efter');
      await waitForDoc(b.doc, (doc) => textOf(doc) === 'efter');
    } finally {
      await small.stop();
    }
  });

  it('refuses an update frame whose payload is not a Yjs update and stores nothing', async () => {
    await t.connect(meeting.id, tokenOf('secretary'));
    const before = t.server.documents.countUpdates(meeting.id);
    const ticket = await t.ticket(meeting.id, tokenOf('secretary'));
    const raw = new WebSocket(`${t.wsBase}/${meeting.id}?ticket=${ticket}`);
    const closed = new Promise<number>((resolve) => raw.on('close', (code) => resolve(code)));
    await new Promise((resolve) => raw.once('open', resolve));
    // sync/update with a payload of 5 bytes that claim 200 clients
    raw.send(Buffer.from([0, 2, 5, 200, 1, 0, 0, 0]));
    expect(await closed).toBe(CLOSE_MALFORMED.code);
    expect(t.server.documents.countUpdates(meeting.id)).toBe(before);
  });
});

describe('socket authorisation', () => {
  it('closes a socket to an unknown meeting with 4404', async () => {
    const ticket = await t.ticket(meeting.id, tokenOf('secretary'));
    const { code, reason } = await closeOf(`${t.wsBase}/no-such-meeting?ticket=${ticket}`);
    expect(code).toBe(CLOSE_NOT_FOUND.code);
    expect(reason).toContain('meeting not found');
  });

  it('closes a socket without a credential with 4401', async () => {
    const { code, reason } = await closeOf(`${t.wsBase}/${meeting.id}`);
    expect(code).toBe(CLOSE_UNAUTHORIZED.code);
    expect(reason).toMatch(/^unauthorized/);
  });

  it('closes a socket with a forged ticket with 4401', async () => {
    const { code } = await closeOf(`${t.wsBase}/${meeting.id}?ticket=${meeting.id}.secretary.zzzzzz.forged`);
    expect(code).toBe(CLOSE_UNAUTHORIZED.code);
  });

  it('closes a socket whose ticket belongs to another meeting with 4403', async () => {
    const other = await t.createMeeting();
    const ticket = await t.ticket(other.id, other.invites.secretary.token);
    const { code } = await closeOf(`${t.wsBase}/${meeting.id}?ticket=${ticket}`);
    expect(code).toBe(CLOSE_FORBIDDEN.code);
  });

  it('refuses a session cookie sent from a foreign origin', async () => {
    const join = await fetch(meeting.invites.participant.url, { redirect: 'manual' });
    const cookie = join.headers.get('set-cookie')!.split(';')[0]!;
    const { code, reason } = await closeOf(`${t.wsBase}/${meeting.id}`, { cookie, origin: 'https://evil.example' });
    expect(code).toBe(CLOSE_FORBIDDEN.code);
    expect(reason).toContain('origin');
  });

  it('accepts a session cookie from the server’s own origin', async () => {
    const join = await fetch(meeting.invites.participant.url, { redirect: 'manual' });
    const cookie = join.headers.get('set-cookie')!.split(';')[0]!;
    const socket = new WebSocket(`${t.wsBase}/${meeting.id}`, { headers: { cookie, origin: t.server.url } });
    const firstFrame = await new Promise<Buffer>((resolve, reject) => {
      socket.once('message', (data) => resolve(data as Buffer));
      socket.once('close', (code) => reject(new Error(`closed ${code}`)));
    });
    expect(firstFrame[0]).toBe(0); // sync step 1 from the server
    socket.close();
  });
});

describe('room lifecycle', () => {
  it('unloads the room and writes a snapshot when the last socket leaves', async () => {
    const a = await t.connect(meeting.id, tokenOf('secretary'));
    a.doc.getText('t').insert(0, 'hej');
    await vi.waitFor(() => expect(textOf(t.server.rooms.peek(meeting.id)!.doc)).toBe('hej'));
    a.destroy();
    await vi.waitFor(() => expect(t.server.rooms.openRooms).toBe(0));
    const stored = t.server.documents.load(meeting.id);
    // The snapshot holds it all; the log before it stays as history and is not read on load.
    expect(stored.updates).toEqual([]);
    expect(t.server.documents.countUpdates(meeting.id)).toBeGreaterThan(0);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, stored.snapshot!);
    expect(textOf(doc)).toBe('hej');
  });
});
