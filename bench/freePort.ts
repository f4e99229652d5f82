import { createServer } from 'node:net';

/**
 * A TCP port on 127.0.0.1 that was free a moment ago: the kernel picks it for
 * a listener on port 0, which is closed again before the port is returned.
 * Racy in principle, fine on a bench machine; used only for the reference
 * server, which cannot listen on port 0 and report the port it got.
 */
export function findFreePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, host, () => {
      const address = server.address();
      if (address === null || typeof address === 'string') {
        server.close();
        reject(new Error('listener on port 0 reported no port'));
        return;
      }
      server.close(() => resolve(address.port));
    });
  });
}
