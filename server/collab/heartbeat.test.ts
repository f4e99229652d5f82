import type { AddressInfo } from 'node:net';
import { afterEach, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import { startHeartbeat } from './heartbeat';

let cleanup: (() => void)[] = [];
afterEach(() => {
  for (const fn of cleanup) fn();
  cleanup = [];
});

async function serverWithHeartbeat(intervalMs: number) {
  const wss = new WebSocketServer({ port: 0, host: '127.0.0.1' });
  await new Promise((resolve) => wss.once('listening', resolve));
  const stop = startHeartbeat(wss, intervalMs);
  cleanup.push(stop, () => wss.close());
  return `ws://127.0.0.1:${(wss.address() as AddressInfo).port}`;
}

it('drops a socket that stops answering pings', async () => {
  const url = await serverWithHeartbeat(20);
  const silent = new WebSocket(url, { autoPong: false });
  const code = await new Promise<number>((resolve) => silent.once('close', resolve));
  expect(code).toBe(1006);
});

it('keeps a socket that answers pings', async () => {
  const url = await serverWithHeartbeat(20);
  const lively = new WebSocket(url);
  cleanup.push(() => lively.close());
  let pings = 0;
  await new Promise<void>((resolve) =>
    lively.on('ping', () => {
      if (++pings === 5) resolve();
    }),
  );
  expect(lively.readyState).toBe(WebSocket.OPEN);
});
