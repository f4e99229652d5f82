import type { Attendee, AttendeeRole, Presence } from '../protocol/types';
import type { Role } from '../roles';

/** An attendee as the attendee API answers it: the document's entry and the address the server keeps. */
export interface AttendeeView extends Attendee {
  email: string | null;
  /** When the attendee's standing personal invitation was issued; null when they hold none. */
  invitedAt: string | null;
  /** When a browser first opened that invitation (the person has joined); null when not yet. */
  openedAt: string | null;
}

/** Answer of POST /api/meetings/:id/attendees/:attendeeId/invite: the link, shown once. */
export interface PersonalInviteResponse {
  attendeeId: string;
  /** What the link lets its holder do, from the attendee's role in the meeting. */
  role: Role;
  token: string;
  url: string;
}

/** Body of POST /api/meetings/:id/attendees. */
export interface NewAttendeeRequest {
  name: string;
  organization?: string | undefined;
  role?: AttendeeRole | undefined;
  presence?: Presence | undefined;
  email?: string | undefined;
}

/** Body of PATCH /api/meetings/:id/attendees/:attendeeId: the fields to change; `email: null` removes the address. */
export interface AttendeePatchRequest {
  name?: string | undefined;
  organization?: string | undefined;
  role?: AttendeeRole | undefined;
  presence?: Presence | undefined;
  email?: string | null | undefined;
}

/** Answer of GET /api/meetings/:id/attendees. */
export interface AttendeeListResponse {
  attendees: AttendeeView[];
}
