import type { VerificationMethod } from '../adjustment/types';
import type { RefusalReason } from '../adjustment/refusalReasons';
import type { MeetingKind, MeetingState } from '../meetingKind';
import type { TemplateName } from '../protocol/templates';
import type { ActionStatus } from '../protocol/types';
import type { Role } from '../roles';

/** Body of POST /api/meetings. */
export interface CreateMeetingRequest {
  title: string;
  kind: MeetingKind;
  body?: string;
  /** When the meeting starts: an ISO date, a local date-time (wall time, kept as it is) or an instant with offset or Z (stored as the wall time in the installation's zone). */
  startsAt?: string;
  place?: string;
  firstParagraph?: number;
  /** The document the meeting starts from; by default the template of its kind. */
  template?: TemplateName;
}

/** Optional body of POST /api/meetings/:id/next (the next meeting of the series). */
export interface NextMeetingRequest {
  /** Default: the previous meeting's title. */
  title?: string;
}

export interface Invite {
  token: string;
  url: string;
}

/** Answer of POST /api/meetings/:id/invites/:role/rotate: the role's new link (the old one no longer works). */
export interface RotatedInviteResponse extends Invite {
  role: Role;
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
  /** The body (series) the meeting belongs to: GET /api/bodies/:bodyId/action-items. */
  bodyId: string | null;
  /** Wall time in `timeZone` ("2022-02-11T09:00"), a date, or free text carried over from a previous meeting. */
  startsAt: string | null;
  /** The installation's IANA zone, in which meeting times are wall time (TIME_ZONE, default Europe/Stockholm). */
  timeZone: string;
  place: string | null;
  firstParagraph: number;
  state: MeetingState;
  createdAt: string;
  role: Role;
  /**
   * GET /api/meetings/:id only: the attendee the server knows the caller to
   * be (a personal invitation), or null for a shared role link, whose
   * holder is shown as unverified and cannot approve.
   */
  person?: MeetingPerson | null;
}

/** The caller as the server knows them in one meeting. */
export interface MeetingPerson {
  attendeeId: string;
  name: string;
  organization: string;
  /** How the server knows: the attendee's personal invitation, or a sign-in whose verified e-mail is the attendee's. */
  verifiedBy: VerificationMethod;
  email: string | null;
}

/** GET /api/meetings: the meetings the caller holds a credential for. */
export interface MeetingListResponse {
  meetings: MeetingSummary[];
}

/** One action item of a meeting of a body, as GET /api/bodies/:id/action-items lists it. */
export interface BodyActionItem {
  meetingId: string;
  meetingTitle: string;
  startsAt: string | null;
  /** The paragraph (§) it was written in. */
  itemNumber: number;
  assignee: string;
  task: string;
  due: string;
  status: ActionStatus;
}

/** GET /api/bodies/:id/action-items?status=open|done|all&assignee=… (default status open). */
export interface BodyActionItemsResponse {
  items: BodyActionItem[];
}

/** 200 answer of POST /api/meetings/:id/ticket. */
export interface TicketResponse {
  ticket: string;
  role: Role;
  expiresAt: string;
}

/** Every non-2xx JSON answer of the API. */
export interface ApiErrorBody {
  /** `reason`, where present, says in a stable key why a workflow step was refused (see REFUSAL_REASONS). */
  error: { code: ApiErrorCode; message: string; reason?: RefusalReason };
}

export type ApiErrorCode =
  | 'bad_request'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'locked'
  | 'payload_too_large'
  /** 500: an adjusted protocol's stored bytes no longer match the SHA-256 of its lock; it is not served. */
  | 'integrity_failed'
  /** 403 from the HTTP edge: a cookie-authenticated change from a page of another origin. */
  | 'forbidden_origin'
  /** 429 from the HTTP edge, with Retry-After in seconds. */
  | 'rate_limited'
  /** 503 from the HTTP edge: too many open connections from this address, or in total. */
  | 'too_many_connections'
  /** 426: the caller sent a protocol version (x-protokoll-version) this server does not serve: a page from before a deploy. */
  | 'version_unsupported'
  | 'internal';

/** The refusals the HTTP edge answers before any route runs; the client says them in its own words. */
export const EDGE_ERROR_CODES = ['forbidden_origin', 'rate_limited', 'too_many_connections'] as const satisfies readonly ApiErrorCode[];
export type EdgeErrorCode = (typeof EDGE_ERROR_CODES)[number];
