import type { MeetingState } from '../meetingKind';

/** A meeting listed for the signed-in person: one where a verified e-mail of theirs is an attendee's. */
export interface MyMeeting {
  id: string;
  title: string;
  startsAt: string | null;
  state: MeetingState;
}

/** Answer of GET /api/me: whether sign-in exists here, who is signed in, and their meetings. */
export interface MeResponse {
  signInAvailable: boolean;
  signedIn: { name: string | null; email: string | null; issuer: string } | null;
  meetings: MyMeeting[];
}
