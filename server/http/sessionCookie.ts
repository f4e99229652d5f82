import type { Context } from 'hono';
import { setCookie } from 'hono/cookie';
import { sessionCookieName } from '../../shared/collab/constants';
import type { CredentialStore, Grant } from '../auth/credentialStore';

/** Starts a browser session for a grant: an HttpOnly cookie scoped to this meeting's name. */
export function startSession(c: Context, credentials: CredentialStore, grant: Grant): void {
  const { secret, expiresAt } = credentials.createSession(grant);
  setCookie(c, sessionCookieName(grant.meetingId), secret, {
    httpOnly: true,
    // Lax, not Strict: the invite link is opened from Teams, another site.
    sameSite: 'Lax',
    path: '/',
    secure: new URL(c.req.url).protocol === 'https:',
    expires: new Date(expiresAt),
  });
}
