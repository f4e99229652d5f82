import { Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import type { MeResponse } from '../../../shared/api/me';
import type { AttendeeEmailStore } from '../../attendees/attendeeEmailStore';
import type { SignIn } from '../../auth/oidc/signIn';
import type { MeetingStore } from '../../meetings/meetingStore';

export interface MeRouteDeps {
  /** Absent when the installation has no OIDC_ variables. */
  signIn?: SignIn | undefined;
  meetings: MeetingStore;
  attendeeEmails: AttendeeEmailStore;
}

/** GET /api/me: whether sign-in exists, who this browser is signed in as, and the meetings that list them. */
export function meRoute(deps: MeRouteDeps) {
  const app = new Hono();
  app.get('/', (c) => {
    c.header('Cache-Control', 'no-store');
    const person = deps.signIn?.signedInPerson(getCookie(c)) ?? null;
    // An address the provider has not verified could be anyone's: typing the chair's into one's own profile must not list the chair's meetings.
    const attendances = person?.emailVerified && person.email !== null ? deps.attendeeEmails.meetingsOf(person.email) : [];
    const meetings = deps.meetings.findMany([...new Set(attendances.map((attendance) => attendance.meetingId))]);
    const body: MeResponse = {
      signInAvailable: deps.signIn !== undefined,
      signedIn: person ? { name: person.name, email: person.email, issuer: person.issuer } : null,
      meetings: meetings.map((meeting) => ({ id: meeting.id, title: meeting.title, startsAt: meeting.startsAt, state: meeting.state })),
    };
    return c.json(body);
  });
  return app;
}
