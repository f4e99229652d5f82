import { readAttendees } from '../../shared/protocol/yDocMeta';
import type { Attendee } from '../../shared/protocol/types';
import type { AttendeeEmailStore } from '../attendees/attendeeEmailStore';
import type { PersonalGrant } from '../auth/credentialStore';
import type { SignedInPerson, SignIn } from '../auth/oidc/signIn';
import type { RoomManager } from '../collab/roomManager';
import { withMeetingDoc } from '../collab/withMeetingDoc';
import type { DocumentStore } from '../persistence/documentStore';
import type { ActingPerson, Caller } from './actingPerson';
import { sameEmail } from './sameEmail';

export interface PeopleResolverDeps {
  rooms: RoomManager;
  documents: DocumentStore;
  emails: AttendeeEmailStore;
  /** Sign-in with the organisation's account; absent without OIDC. */
  signIn?: SignIn | undefined;
}

/**
 * Turns what a request carries into the person acting. A signed-in
 * account whose verified e-mail is an attendee's is that attendee, whichever
 * link the browser came through; else the attendee a personal invitation
 * names. Name and organisation come from the attendee list as it is now.
 * The request body never names the person; a role link names nobody.
 */
export class PeopleResolver {
  constructor(private readonly deps: PeopleResolverDeps) {}

  callerOf(meetingId: string, authorization: { role: Caller['role']; person?: PersonalGrant | undefined }, cookies: Record<string, string> = {}): Caller {
    const signedIn = this.signedInAttendee(meetingId, cookies);
    if (signedIn) return { role: authorization.role, person: signedIn.person };
    return { role: authorization.role, person: authorization.person ? this.personOf(meetingId, authorization.person) : null };
  }

  /** The attendee a signed-in browser is in this meeting, with the attendee entry; null when not signed in or not listed by a verified e-mail. */
  signedInAttendee(meetingId: string, cookies: Record<string, string>): { person: ActingPerson; attendee: Attendee } | null {
    const account = this.deps.signIn?.signedInPerson(cookies) ?? null;
    // An address the provider has not verified could be anyone's: it matches nobody.
    if (!account?.emailVerified || !account.email) return null;
    const email = account.email;
    const ids = [...this.deps.emails.byAttendee(meetingId)].filter(([, listed]) => sameEmail(listed, email)).map(([id]) => id);
    if (ids.length === 0) return null;
    const attendee = this.attendees(meetingId).find((entry) => ids.includes(entry.id) && entry.name.trim() !== '');
    return attendee ? { person: signedInPerson(attendee, account), attendee } : null;
  }

  /** The attendee a personal invitation names; null when they are no longer on the list (they then act as their role, unverified). */
  personOf(meetingId: string, grant: PersonalGrant): ActingPerson | null {
    const attendee = this.attendees(meetingId).find((entry) => entry.id === grant.attendeeId);
    const name = attendee?.name.trim();
    if (!attendee || !name) return null;
    return {
      attendeeId: attendee.id,
      name,
      organization: attendee.organization.trim(),
      verification: { method: 'personal-link', attendeeId: attendee.id, email: this.deps.emails.byAttendee(meetingId).get(attendee.id) ?? null, issuer: null, subject: null },
    };
  }

  private attendees(meetingId: string): Attendee[] {
    return withMeetingDoc(this.deps.rooms, this.deps.documents, meetingId, readAttendees);
  }
}

function signedInPerson(attendee: Attendee, account: SignedInPerson): ActingPerson {
  return {
    attendeeId: attendee.id,
    name: attendee.name.trim(),
    organization: attendee.organization.trim(),
    verification: { method: 'oidc', attendeeId: attendee.id, email: account.email, issuer: account.issuer, subject: account.subject },
  };
}
