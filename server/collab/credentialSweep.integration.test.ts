import Database from 'better-sqlite3';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WebSocket } from 'ws';
import type { TicketResponse } from '../../shared/api/types';
import { httpJson } from '../testing/httpJson';
import { closeOf } from '../testing/rawSocket';
import { startTestServer, type TestServer } from '../testing/testServer';

let t: TestServer | null = null;
afterEach(async () => {
  await t?.stop();
  t = null;
});

/** A browser's session: what opening the invite link sets, and a ticket fetched with it as the client does. */
async function browserSession(server: TestServer, token: string, meetingId: string) {
  const joined = await httpJson('GET', `${server.server.url}/join/${token}`);
  const cookie = String(joined.headers['set-cookie']?.[0] ?? '').split(';')[0]!;
  const ticket = await httpJson('POST', `${server.server.url}/api/meetings/${meetingId}/ticket`, { headers: { cookie, origin: server.server.url } });
  expect(ticket.status).toBe(200);
  return { cookie, ticket: (ticket.json as TicketResponse).ticket };
}

function openSocket(url: string): Promise<{ socket: WebSocket; closed: Promise<{ code: number; reason: string }> }> {
  const socket = new WebSocket(url);
  const closed = new Promise<{ code: number; reason: string }>((resolve) => socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() })));
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve({ socket, closed }));
    socket.once('error', reject);
  });
}

describe('a socket opened with a ticket from a browser session', () => {
  it('is closed (4401) when that session ends, and the ticket opens no other; a socket of another session carries on', async () => {
    t = await startTestServer({ CREDENTIAL_SWEEP_MS: '100' });
    const meeting = await t.createMeeting();
    const ending = await browserSession(t, meeting.invites.participant.token, meeting.id);
    const staying = await browserSession(t, meeting.invites.participant.token, meeting.id);
    const endingSocket = await openSocket(`${t.wsBase}/${meeting.id}?ticket=${ending.ticket}`);
    const stayingSocket = await openSocket(`${t.wsBase}/${meeting.id}?ticket=${staying.ticket}`);

    // Three sweeps pass: an open socket whose session lives is left alone.
    const server = t.server;
    const swept = server.credentialSweeps();
    await vi.waitFor(() => expect(server.credentialSweeps()).toBeGreaterThanOrEqual(swept + 3), { timeout: 5000, interval: 20 });
    expect(endingSocket.socket.readyState).toBe(WebSocket.OPEN);

    // The session's 30 days run out (its expiry is moved, as time would move it), in the server's own database file.
    const sqlite = new Database(path.join(t.dataDir, 'protokoll.db'));
    const endedAt = performance.now();
    const sessionHash = ending.ticket.split('.')[4];
    expect(sqlite.prepare('UPDATE sessions SET expires_at = 0 WHERE token_hash = ?').run(sessionHash).changes).toBe(1);
    sqlite.close();

    const closed = await endingSocket.closed;
    expect(performance.now() - endedAt).toBeLessThan(1000);
    expect(closed).toEqual({ code: 4401, reason: 'unauthorized: The session has ended (it expired, or its invitation was withdrawn); open the invite link again'.slice(0, 120) });
    expect((await closeOf(`${t.wsBase}/${meeting.id}?ticket=${ending.ticket}`)).code).toBe(4401);
    expect((await httpJson('GET', `${t.server.url}/api/meetings/${meeting.id}`, { headers: { cookie: ending.cookie } })).status).toBe(401);

    expect(stayingSocket.socket.readyState).toBe(WebSocket.OPEN);
    expect((await httpJson('GET', `${t.server.url}/api/meetings/${meeting.id}`, { headers: { cookie: staying.cookie } })).status).toBe(200);
    stayingSocket.socket.close();
  });
});
