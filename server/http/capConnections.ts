import type { Server } from 'node:net';
import type { Socket } from 'node:net';
import { addressKey } from './addressKey';
import type { EdgeErrorBody } from './edgeError';

export interface ConnectionLimits {
  /** Open TCP connections from one client address (an IPv6 /64). */
  perAddress: number;
  total: number;
}

/** How long a refused socket may stay open for the client to read its answer. */
const REFUSED_LINGER_MS = 2000;

/**
 * Caps the server's open TCP connections, per client address and in total,
 * counted when the socket is accepted, so WebSockets and event streams count
 * as much as plain requests, before a byte is parsed. A connection over the
 * cap is answered `503 {"error":{"code":"too_many_connections"}}` and closed;
 * the server's own connection handling never sees it. Call before the
 * server accepts its first connection.
 */
export function capConnections(server: Server, limits: ConnectionLimits, onRefused?: (address: string, reason: 'address' | 'total') => void): void {
  // The HTTP server's own 'connection' listener (its parser) runs only for sockets we let through.
  const handlers = server.listeners('connection') as ((socket: Socket) => void)[];
  server.removeAllListeners('connection');
  // A backstop on file descriptors: refused sockets linger a moment before they close.
  server.maxConnections = limits.total + 256;

  const open = new Map<string, number>();
  let total = 0;
  server.on('connection', (socket: Socket) => {
    const key = addressKey(socket.remoteAddress);
    const fromKey = open.get(key) ?? 0;
    if (total >= limits.total || fromKey >= limits.perAddress) {
      const reason = total >= limits.total ? 'total' : 'address';
      onRefused?.(key, reason);
      refuse(socket, reason === 'total' ? 'The server has too many open connections; try again shortly' : 'Too many open connections from your address; close some tabs or try again shortly');
      return;
    }
    total += 1;
    open.set(key, fromKey + 1);
    socket.once('close', () => {
      total -= 1;
      const left = (open.get(key) ?? 1) - 1;
      if (left > 0) open.set(key, left);
      else open.delete(key);
    });
    for (const handler of handlers) handler.call(server, socket);
  });
}

function refuse(socket: Socket, message: string): void {
  const body: EdgeErrorBody = { error: { code: 'too_many_connections', message } };
  const json = JSON.stringify(body);
  socket.on('error', () => socket.destroy());
  // Read and drop what the client sends: closing with unread bytes would reset the connection before it read the answer.
  socket.resume();
  socket.once('end', () => socket.destroy());
  setTimeout(() => socket.destroy(), REFUSED_LINGER_MS).unref();
  socket.end(
    'HTTP/1.1 503 Service Unavailable\r\n' +
      'Content-Type: application/json; charset=utf-8\r\n' +
      `Content-Length: ${Buffer.byteLength(json)}\r\n` +
      'Retry-After: 5\r\n' +
      'Connection: close\r\n' +
      '\r\n' +
      json,
  );
}
