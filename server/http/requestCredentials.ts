import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import type { PresentedCredentials } from '../auth/authorizer';

/** Bearer token and cookies of a REST request. */
export function requestCredentials(c: Context): PresentedCredentials {
  const header = c.req.header('authorization');
  const bearer = header?.match(/^Bearer\s+(\S+)$/i)?.[1];
  return { bearer, cookies: getCookie(c) };
}
