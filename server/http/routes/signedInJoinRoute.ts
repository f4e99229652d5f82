import { Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import type { AuditLog } from '../../adjustment/auditLog';
import type { CredentialStore } from '../../auth/credentialStore';
import type { SignIn } from '../../auth/oidc/signIn';
import type { MeetingStore } from '../../meetings/meetingStore';
import { ROLE_OF_ATTENDEE } from '../../people/attendeeRoles';
import type { PeopleResolver } from '../../people/peopleResolver';
import { startSession } from '../sessionCookie';

export interface SignedInJoinDeps {
  signIn?: SignIn | undefined;
  people: PeopleResolver;
  meetings: MeetingStore;
  credentials: CredentialStore;
  audit: AuditLog;
  publicUrl: string | undefined;
}

/**
 * GET /join/signed-in/<meetingId>: "Mina möten" opens a meeting for a
 * person signed in with the organisation's account, without any link: the
 * account's verified e-mail must be an attendee's, and the session gets the
 * role that attendee's place grants. Not signed in yet: off to the login,
 * and back here.
 */
export function signedInJoinRoute(deps: SignedInJoinDeps) {
  const app = new Hono();
  app.get('/:meetingId', (c) => {
    const meetingId = c.req.param('meetingId');
    if (!deps.signIn) return c.text('Inloggning med organisationskonto finns inte här. / Sign-in is not set up on this server.', 404);
    if (!deps.meetings.exists(meetingId)) return c.text('Mötet finns inte. / No such meeting.', 404);
    const cookies = getCookie(c);
    const account = deps.signIn.signedInPerson(cookies);
    if (!account) return c.redirect(`/auth/login?return=${encodeURIComponent(`/join/signed-in/${meetingId}`)}`, 302);
    const match = deps.people.signedInAttendee(meetingId, cookies);
    if (!match) {
      deps.audit.record({ meetingId, action: 'sign_in_refused', role: null, actor: account.name, detail: { email: account.email, issuer: account.issuer, verified: account.emailVerified } });
      return c.text(
        `Du är inloggad som ${account.email ?? account.name ?? 'okänd'}, men den adressen finns inte bland mötets deltagare. Be sekreteraren lägga till den, eller använd din inbjudningslänk. / You are signed in, but that address is not among the meeting's attendees.`,
        403,
      );
    }
    startSession(c, deps.credentials, { meetingId, role: ROLE_OF_ATTENDEE[match.attendee.role] }, deps.publicUrl);
    return c.redirect(`/m/${encodeURIComponent(meetingId)}`, 302);
  });
  return app;
}

