import type { HttpBindings } from '@hono/node-server';
import type { Context } from 'hono';

/**
 * The address of the client a request comes from: the socket's peer, or,
 * behind `trustProxyHops` reverse proxies that each append the address they
 * saw to X-Forwarded-For, the entry that many from the right (entries further
 * left are whatever the client wrote).
 */
export function clientAddress(c: Context, trustProxyHops: number): string | undefined {
  const socketAddress = (c.env as Partial<HttpBindings> | undefined)?.incoming?.socket.remoteAddress;
  return forwardedAddress(socketAddress, c.req.header('x-forwarded-for'), trustProxyHops);
}

/** The same from the parts of a raw request (a WebSocket upgrade): its socket's peer and its X-Forwarded-For. */
export function forwardedAddress(socketAddress: string | undefined, forwardedFor: string | undefined, trustProxyHops: number): string | undefined {
  if (trustProxyHops === 0) return socketAddress;
  const forwarded = (forwardedFor ?? '')
    .split(',')
    .map((entry) => withoutPort(entry.trim()))
    .filter((entry) => entry.length > 0);
  return forwarded[forwarded.length - trustProxyHops] ?? forwarded[0] ?? socketAddress;
}

/** Some proxies write `192.0.2.1:51234` or `[2001:db8::1]:51234`; the port is not part of who the client is. */
function withoutPort(entry: string): string {
  return /^\[([^\]]+)\](?::\d+)?$/.exec(entry)?.[1] ?? /^(\d+\.\d+\.\d+\.\d+):\d+$/.exec(entry)?.[1] ?? entry;
}
