import net from 'node:net';

export interface RawConnection {
  socket: net.Socket;
  /** Everything the server sent, once it closed the connection, and how long after connecting that was. */
  closed: Promise<{ received: string; afterMs: number }>;
}

/** A bare TCP connection to the server, from `localAddress` if given; resolves once connected. */
export function rawConnection(url: string, localAddress?: string): Promise<RawConnection> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: hostname, port: Number(port), ...(localAddress ? { localAddress } : {}) });
    const startedAt = performance.now();
    let received = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (received += chunk));
    // A reset after the answer still counts as closed.
    socket.on('error', () => undefined);
    const closed = new Promise<{ received: string; afterMs: number }>((done) =>
      socket.once('close', () => done({ received, afterMs: performance.now() - startedAt })),
    );
    socket.once('connect', () => resolve({ socket, closed }));
    socket.once('error', reject);
  });
}
