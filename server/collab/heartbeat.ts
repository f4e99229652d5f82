import type { WebSocket, WebSocketServer } from 'ws';

/** How often sockets are pinged; one missed pong and the socket is dropped. */
export const HEARTBEAT_MS = 30_000;

/**
 * Pings every socket and terminates the ones that did not answer the last
 * ping, so a laptop that went to sleep does not keep its room loaded and
 * its caret on everyone's screen.
 */
export function startHeartbeat(wss: WebSocketServer, intervalMs = HEARTBEAT_MS): () => void {
  const alive = new WeakSet<WebSocket>();
  const markAlive = function (this: WebSocket) {
    alive.add(this);
  };
  wss.on('connection', (socket) => {
    alive.add(socket);
    socket.on('pong', markAlive);
  });
  const timer = setInterval(() => {
    for (const socket of wss.clients) {
      if (!alive.has(socket)) {
        socket.terminate();
        continue;
      }
      alive.delete(socket);
      socket.ping();
    }
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
