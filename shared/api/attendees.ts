import type { Attendee, AttendeeRole, Presence } from '../protocol/types';

/** An attendee as the attendee API answers it: the document's entry and the address the server keeps. */
export interface AttendeeView extends Attendee {
  email: string | null;
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
