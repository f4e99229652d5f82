import type { Context } from 'hono';
import { setCookie } from 'hono/cookie';
import { sessionCookieName } from '../../shared/collab/constants';
import type { CredentialStore, Grant } from '../auth/credentialStore';

/**
 * Starts a browser session for a grant: an HttpOnly cookie scoped to this
 * meeting's name, Secure when the browser reaches us over HTTPS: the request
 * says so, or `publicUrl` does behind a reverse proxy that ends TLS and
 * forwards plain HTTP.
 */
export function startSession(c: Context, credentials: CredentialStore, grant: Grant, publicUrl?: string): void {
  const { secret, expiresAt } = credentials.createSession(grant);
  setCookie(c, sessionCookieName(grant.meetingId), secret, {
    httpOnly: true,
    // Lax, not Strict: the invite link is opened from Teams, another site.
    sameSite: 'Lax',
    path: '/',
    secure: new URL(publicUrl ?? c.req.url).protocol === 'https:',
    expires: new Date(expiresAt),
  });
}
