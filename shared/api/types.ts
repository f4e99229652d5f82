import type { MeetingKind, MeetingState } from '../meetingKind';
import type { Role } from '../roles';

/** Body of POST /api/meetings. */
export interface CreateMeetingRequest {
  title: string;
  kind: MeetingKind;
  body?: string;
  startsAt?: string;
  place?: string;
  firstParagraph?: number;
}

export interface Invite {
  token: string;
  url: string;
}

/** 201 answer of POST /api/meetings. */
export interface CreateMeetingResponse {
  id: string;
  invites: Record<Role, Invite>;
}

/** A meeting as GET /api/meetings/:id returns it, with the caller's role. */
export interface MeetingSummary {
  id: string;
  title: string;
  kind: MeetingKind;
  body: string | null;
  startsAt: string | null;
  place: string | null;
  firstParagraph: number;
  state: MeetingState;
  createdAt: string;
  role: Role;
}

/** GET /api/meetings: the meetings the caller holds a credential for. */
export interface MeetingListResponse {
  meetings: MeetingSummary[];
}

/** 200 answer of POST /api/meetings/:id/ticket. */
export interface TicketResponse {
  ticket: string;
  role: Role;
  expiresAt: string;
}

/** Every non-2xx JSON answer of the API. */
export interface ApiErrorBody {
  error: { code: ApiErrorCode; message: string };
}

export type ApiErrorCode =
  | 'bad_request'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'payload_too_large'
  | 'internal';
