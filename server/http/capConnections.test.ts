import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { startTestServer, type TestServer } from '../testing/testServer';
import { rawConnection, type RawConnection } from './testing/rawConnection';
import { errorCodeOf, requestFrom, type Answer } from './testing/requestFrom';

let t: TestServer | undefined;
const opened: RawConnection[] = [];
afterEach(async () => {
  for (const connection of opened.splice(0)) connection.socket.destroy();
  await t?.stop();
  t = undefined;
});

/** The test's own client: the helpers' requests come from 127.0.0.1, so they never use its budget. */
const CLIENT = '127.0.0.2';
const OTHER_CLIENT = '127.0.0.3';

async function hold(url: string, localAddress: string, count: number): Promise<RawConnection[]> {
  const connections: RawConnection[] = [];
  for (let i = 0; i < count; i++) connections.push(await rawConnection(url, localAddress));
  opened.push(...connections);
  return connections;
}

function expectRefused(answer: Answer) {
  expect(answer.status).toBe(503);
  expect(errorCodeOf(answer)).toBe('too_many_connections');
  expect(answer.headers.connection).toBe('close');
  expect(answer.headers['retry-after']).toBe('5');
}

const health = (localAddress: string) => requestFrom('GET', `${t?.server.url}/api/health`, { localAddress });

describe('open connections per client address and in total', () => {
  it('answers one connection too many from an address with 503 and closes it, while another address is served', async () => {
    t = await startTestServer({ MAX_CONNECTIONS_PER_IP: '3' });
    await hold(t.server.url, CLIENT, 3);
    expectRefused(await health(CLIENT));
    // Refused before a byte is parsed: a raw connection gets the same answer and is closed.
    const refused = await rawConnection(t.server.url, CLIENT);
    const { received } = await refused.closed;
    expect(received).toMatch(/^HTTP\/1\.1 503 Service Unavailable\r\n/);
    expect(received).toContain('"code":"too_many_connections"');
    expect((await health(OTHER_CLIENT)).status).toBe(200);
  });

  it('gives the slot back when a connection closes', async () => {
    t = await startTestServer({ MAX_CONNECTIONS_PER_IP: '2' });
    const [first] = await hold(t.server.url, CLIENT, 2);
    expectRefused(await health(CLIENT));
    first?.socket.end();
    await first?.closed;
    // The server notices the close on its side a moment after the client does.
    let answer = await health(CLIENT);
    for (let attempt = 0; answer.status === 503 && attempt < 50; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      answer = await health(CLIENT);
    }
    expect(answer.status).toBe(200);
  });

  it('counts WebSockets: a client holding its share in sockets can open no more, HTTP or WebSocket', async () => {
    t = await startTestServer({ MAX_CONNECTIONS_PER_IP: '2' });
    const meeting = await t.createMeeting();
    const ticket = await t.ticket(meeting.id, meeting.invites.participant.token);
    const url = `${t.wsBase}/${meeting.id}?ticket=${ticket}`;
    const open = (): Promise<WebSocket | number> =>
      new Promise((resolve, reject) => {
        const socket = new WebSocket(url, { localAddress: CLIENT });
        socket.once('open', () => resolve(socket));
        socket.once('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
        socket.once('error', reject);
      });
    const sockets = [await open(), await open()];
    expect(sockets.every((socket) => socket instanceof WebSocket)).toBe(true);
    expect(await open()).toBe(503);
    expectRefused(await health(CLIENT));
    for (const socket of sockets) if (socket instanceof WebSocket) socket.terminate();
  });

  it('caps the total over all addresses', async () => {
    t = await startTestServer({ MAX_CONNECTIONS: '3', MAX_CONNECTIONS_PER_IP: '100' });
    await hold(t.server.url, CLIENT, 3);
    expectRefused(await health(OTHER_CLIENT));
    expect((await health(OTHER_CLIENT)).json).toMatchObject({ error: { message: expect.stringContaining('too many open connections') as unknown } });
  });
});
