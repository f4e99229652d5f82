import { Hono } from 'hono';
import type { CredentialStore } from '../../auth/credentialStore';
import { startSession } from '../sessionCookie';

/** GET /join/<token>: the invite link posted in the meeting chat. */
export function joinRoute(credentials: CredentialStore, publicUrl?: string) {
  const app = new Hono();
  app.get('/:token', (c) => {
    const grant = credentials.findInvite(c.req.param('token'));
    if (!grant) {
      return c.text('Inbjudningslänken är ogiltig. / The invite link is not valid.', 404);
    }
    startSession(c, credentials, grant, publicUrl);
    return c.redirect(`/m/${encodeURIComponent(grant.meetingId)}`, 302);
  });
  return app;
}
