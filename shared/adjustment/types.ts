import type { MeetingState } from '../meetingKind';
import type { Role } from '../roles';

/** The invite roles whose holders approve: the attendees marked ordförande and justerare. */
export type ApproverRole = 'chair' | 'adjuster';

/** One attendee whose approval the review needs, frozen when the protocol is sent for review. */
export interface RequiredApprover {
  /** The attendee's id in the meeting's document; absent in rounds opened before approvals needed a verified person (those match by name). */
  attendeeId?: string;
  name: string;
  organization: string;
  role: ApproverRole;
}

/** How the server knew who acted: a personal invitation opened in that browser, or a sign-in with the organisation's account. */
export type VerificationMethod = 'personal-link' | 'oidc';

/** The person behind an approval, as the server verified them. */
export interface Verification {
  method: VerificationMethod;
  attendeeId: string;
  /** The attendee's e-mail (personal link) or the signed-in account's verified e-mail (oidc); null when none is known. */
  email: string | null;
  /** The OpenID Provider and the account's subject there; null for a personal link. */
  issuer: string | null;
  subject: string | null;
}

/** An approval or a decline by one required approver in one review round. */
export interface ApprovalRecord {
  name: string;
  /** The approver's organisation as the attendee list had it when they decided ('' when none). */
  organization: string;
  role: ApproverRole;
  /** Who the server knew the approver to be; null on decisions made before approvals needed a verified person. */
  verification: Verification | null;
  decision: 'approved' | 'declined';
  /** The reason given with a decline; null for an approval. */
  reason: string | null;
  at: string;
  round: number;
}

/** The lock, as stored once by the transaction that adjusted the meeting. */
export interface AdjustmentRecord {
  adjustedAt: string;
  /** The approvers' names, in the order they approved, joined by ", ". */
  adjustedBy: string;
  /** SHA-256 (hex) of the final Y.Doc bytes, stored once and never re-encoded. */
  sha256: string;
  /** SHA-256 (hex) of the canonical JSON of the structured protocol at the lock. */
  protocolSha256: string;
  approvals: ApprovalRecord[];
}

/** A rättelse: an append-only addendum to an adjusted protocol; the locked text never changes. */
export interface Correction {
  id: number;
  author: string;
  role: Role;
  at: string;
  /** What is corrected (e.g. "§ 22, beslut 1: Lidköping ska vara Lidkoping"). */
  what: string;
  why: string;
}

/**
 * Whether the lock still holds what it stored: its final document bytes and
 * protocol JSON hash to the SHA-256 stored with them. `mismatch` means they
 * were altered or damaged since the lock; the server then refuses to serve
 * the protocol (500 `integrity_failed`).
 */
export type LockIntegrity = 'ok' | 'mismatch';

/** GET /api/meetings/:id/review: where the meeting stands in the adjustment workflow. */
export interface ReviewStatus {
  state: MeetingState;
  /** The current (or last) review round; 0 before the first. */
  round: number;
  /** Who must approve in this round, with their decision when given. */
  required: (RequiredApprover & { approval: ApprovalRecord | null })[];
  /** The decline that sent the last round back to draft, if it was declined. */
  lastDecline: ApprovalRecord | null;
  adjustment: AdjustmentRecord | null;
  /** The lock's stored bytes checked against their SHA-256 on this request; `ok` while nothing is locked. */
  integrity: LockIntegrity;
  /** Stored rows of the document that did not load and were set aside (see the event log), with when the last was; null if none. */
  setAside: { rows: number; lastAt: string } | null;
  corrections: Correction[];
}

/** Body of POST /api/meetings/:id/approve (also accepted at /adjust). */
export interface ApproveRequest {
  /**
   * Optional: the session's person approves as themselves. When given it
   * must be that person's name, else 403 `not_you`.
   */
  name?: string;
  /** base64 of Y.encodeStateVector of the approver's document: refused when it holds changes the server lacks. */
  stateVector: string;
}

/** Body of POST /api/meetings/:id/decline. */
export interface DeclineRequest {
  /** As in ApproveRequest. */
  name?: string;
  reason: string;
}

/** Answer of POST /api/meetings/:id/approve when the approval locked the protocol (wire contract of /adjust). */
export interface AdjustResponse {
  adjustedAt: string;
  adjustedBy: string;
  sha256: string;
}

/** A text range in the body, as Yjs relative positions so it follows edits. */
export interface RemarkAnchor {
  /** base64 of Y.encodeRelativePosition. */
  start: string;
  end: string;
  /** The text the range covered when the remark was made (shown when the range is gone). */
  quote: string;
}

/** A remark (comment) on the protocol; replies carry parentId. Kept read-only after adjustment. */
export interface Remark {
  id: number;
  parentId: number | null;
  /** Null for a reply (it follows its thread's anchor). */
  anchor: RemarkAnchor | null;
  text: string;
  author: string;
  role: Role;
  /** Whether the server knew the author (a personal invitation or a sign-in) rather than taking the name a role link's holder typed. */
  verified: boolean;
  createdAt: string;
  resolvedAt: string | null;
  resolvedBy: string | null;
}

/** Body of POST /api/meetings/:id/remarks. */
export interface NewRemarkRequest {
  /** Only for a role link's holder, who is not known to the server; a verified person writes under their own name (a different one is refused). */
  author?: string;
  text: string;
  /** Required for a new thread, absent for a reply. */
  anchor?: RemarkAnchor;
  parentId?: number;
}

/** Body of POST /api/meetings/:id/remarks/:remarkId/resolve. */
export interface ResolveRemarkRequest {
  author?: string;
  resolved: boolean;
}

export interface RemarkListResponse {
  remarks: Remark[];
}

/** Body of POST /api/meetings/:id/corrections. */
export interface NewCorrectionRequest {
  author?: string;
  what: string;
  why: string;
}

export const AUDIT_ACTIONS = [
  'created',
  'joined',
  'sent_for_review',
  'withdrawn',
  'approved',
  'declined',
  'adjusted',
  'corrected',
  'remarked',
  'exported',
  /** A stored row of the document did not load and was set aside (detail: source, id, reason). */
  'quarantined',
  /** The secretary changed the attendee list over REST (detail: change, attendeeId, name). */
  'attendees_changed',
  /** The secretary issued a new link for a role; the old one, its sessions and sockets stopped working (detail: role, closedSockets). */
  'invite_rotated',
  /** A signed-in account tried to open the meeting but its verified e-mail is no attendee's (detail: email, issuer, verified). */
  'sign_in_refused',
  /** A request or socket of this meeting was refused: a credential expired, withdrawn or foreign, an action not the caller's, a change after the lock (detail: what, status, reason, message, repeated). */
  'refused',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditEntry {
  id: number;
  at: string;
  action: AuditAction;
  role: Role | null;
  actor: string | null;
  detail: Record<string, unknown>;
}

/** GET /api/meetings/:id/audit (secretary). */
export interface AuditResponse {
  entries: AuditEntry[];
}

/** GET /api/meetings/:id/verify. */
export interface VerifyMeetingResponse {
  meetingId: string;
  state: MeetingState;
  adjustment: AdjustmentRecord | null;
}

/** POST /api/verify: JSON {sha256} or the raw bytes of an exported file or of the final document. */
export interface VerifyResponse {
  match: boolean;
  /** What the hash matched: the final document bytes, the structured protocol JSON, or an export. */
  matched: 'document' | 'protocol' | 'export' | null;
  sha256: string;
  meetingId: string | null;
  title: string | null;
  adjustment: AdjustmentRecord | null;
}

/** Topics of the server-sent events at GET /api/meetings/:id/events; a client refetches what changed. */
export type MeetingEventTopic = 'review' | 'remarks' | 'corrections';

/** data of one `change` event. */
export interface MeetingEvent {
  topic: MeetingEventTopic;
  state: MeetingState;
}
