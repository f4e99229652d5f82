import { readAttendees } from '../../shared/protocol/yDocMeta';
import type { AttendeeEmailStore } from '../attendees/attendeeEmailStore';
import type { PersonalGrant } from '../auth/credentialStore';
import type { RoomManager } from '../collab/roomManager';
import { withMeetingDoc } from '../collab/withMeetingDoc';
import type { DocumentStore } from '../persistence/documentStore';
import type { ActingPerson, Caller } from './actingPerson';

export interface PeopleResolverDeps {
  rooms: RoomManager;
  documents: DocumentStore;
  emails: AttendeeEmailStore;
}

/**
 * Turns what a credential grants into the person acting: the attendee a
 * personal invitation names, with the name and organisation the attendee
 * list gives them now. The request never names the person; a role link
 * names nobody.
 */
export class PeopleResolver {
  constructor(private readonly deps: PeopleResolverDeps) {}

  callerOf(meetingId: string, authorization: { role: Caller['role']; person?: PersonalGrant | undefined }): Caller {
    return { role: authorization.role, person: authorization.person ? this.personOf(meetingId, authorization.person) : null };
  }

  /** The attendee a personal invitation names; null when they are no longer on the list (they then act as their role, unverified). */
  personOf(meetingId: string, grant: PersonalGrant): ActingPerson | null {
    const { rooms, documents, emails } = this.deps;
    const attendee = withMeetingDoc(rooms, documents, meetingId, (doc) => readAttendees(doc).find((entry) => entry.id === grant.attendeeId));
    const name = attendee?.name.trim();
    if (!attendee || !name) return null;
    return {
      attendeeId: attendee.id,
      name,
      organization: attendee.organization.trim(),
      verification: { method: 'personal-link', attendeeId: attendee.id, email: emails.byAttendee(meetingId).get(attendee.id) ?? null, issuer: null, subject: null },
    };
  }
}
