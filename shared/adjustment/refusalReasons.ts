/**
 * Why the adjustment workflow refused a step, as a stable key beside the
 * English message of an error answer (`error.reason`), so a client can say
 * it in its own language.
 */
export const REFUSAL_REASONS = [
  /** The protocol is adjusted: nothing in it changes. */
  'locked',
  /** This role may never do this. */
  'role',
  /** This role may do this, but not in the meeting's current state. */
  'state',
  'notes_not_adjusted',
  'no_adjuster',
  'not_in_review',
  'already_approved',
  'not_required_approver',
  'wrong_approver_role',
  /** Approving and declining are the approver's own: a shared role link names nobody. */
  'approval_needs_verified_person',
  /** APPROVAL_REQUIRES_SIGN_IN: the approver must sign in with the organisation's account. */
  'approval_needs_sign_in',
  /** The request names someone other than the session's person. */
  'not_you',
  /** A role link's holder, unknown to the server, must say who writes. */
  'author_needed',
  /** The approver's copy holds changes the server has not received. */
  'unsynced',
  /** Someone with the meeting open holds changes the server has not confirmed: the lock waits for them. */
  'peers_unsynced',
  /** Managing attendees over the API is the secretary's. */
  'secretary_only',
  'no_such_attendee',
  'no_such_invitation',
  /** The credential came from a personal invitation or role link the secretary withdrew. */
  'invite_withdrawn',
  /** The browser session ended (unused for too long, or 30 days old): open the invite link again. */
  'session_ended',
  /** The protocol was adjusted more than 30 days ago: its links no longer open it. */
  'links_expired',
] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

/** Type guard for a reason read from an error answer. */
export function isRefusalReason(value: unknown): value is RefusalReason {
  return typeof value === 'string' && (REFUSAL_REASONS as readonly string[]).includes(value);
}
