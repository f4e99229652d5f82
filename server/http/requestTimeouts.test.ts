import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { startTestServer, type TestServer } from '../testing/testServer';
import { rawConnection } from './testing/rawConnection';

let t: TestServer | undefined;
afterEach(async () => {
  await t?.stop();
  t = undefined;
});

const HEADERS_TIMEOUT_MS = 300;
const REQUEST_TIMEOUT_MS = 900;

const quickTimeouts = () => startTestServer({ HEADERS_TIMEOUT_MS: String(HEADERS_TIMEOUT_MS), REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS) });

describe('slow and half-sent requests', () => {
  it('closes a connection that sends half a request line, with 408, once the headers are overdue', async () => {
    t = await quickTimeouts();
    const connection = await rawConnection(t.server.url);
    connection.socket.write('GET /api/hea');
    const { received, afterMs } = await connection.closed;
    expect(received).toMatch(/^HTTP\/1\.1 408 /);
    expect(afterMs).toBeGreaterThanOrEqual(HEADERS_TIMEOUT_MS - 50);
    expect(afterMs).toBeLessThan(HEADERS_TIMEOUT_MS + 2000);
  });

  it('closes a connection that never sends anything, and one that trickles its headers', async () => {
    t = await quickTimeouts();
    const silent = await rawConnection(t.server.url);
    const trickling = await rawConnection(t.server.url);
    const header = 'GET /api/health HTTP/1.1\r\nHost: x\r\nX-Padding: ';
    trickling.socket.write(header);
    const drip = setInterval(() => trickling.socket.write('a'), 50);
    try {
      expect((await silent.closed).received).toMatch(/^HTTP\/1\.1 408 /);
      expect((await trickling.closed).received).toMatch(/^HTTP\/1\.1 408 /);
    } finally {
      clearInterval(drip);
    }
  });

  it('closes a request whose body is not complete in time, but keeps a meeting’s WebSocket open longer than that', async () => {
    t = await quickTimeouts();
    const meeting = await t.createMeeting();
    const ticket = await t.ticket(meeting.id, meeting.invites.participant.token);
    const socket = new WebSocket(`${t.wsBase}/${meeting.id}?ticket=${ticket}`);
    let socketClosed = false;
    socket.on('close', () => (socketClosed = true));
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });

    // Opened after the WebSocket: once this one is cut for being slow, the socket has been open longer than the limit.
    const upload = await rawConnection(t.server.url);
    upload.socket.write(`POST /api/verify HTTP/1.1\r\nHost: x\r\nContent-Type: application/pdf\r\nContent-Length: 1000\r\n\r\n%PDF-`);
    const drip = setInterval(() => upload.socket.write('a'), 50);
    try {
      const { received, afterMs } = await upload.closed;
      expect(received).toMatch(/^HTTP\/1\.1 408 /);
      expect(afterMs).toBeGreaterThanOrEqual(REQUEST_TIMEOUT_MS - 50);
    } finally {
      clearInterval(drip);
    }
    expect(socketClosed).toBe(false);
    expect(socket.readyState).toBe(WebSocket.OPEN);
    socket.close();
  });
});
