import type { MeetingState } from '../meetingKind';
import type { Role } from '../roles';

/** What a caller may try to do to a meeting; each is checked against the matrix below. */
export const ACTIONS = [
  'editText',
  'changeAttendees',
  'comment',
  'resolveRemark',
  'sendForReview',
  'withdrawReview',
  'approve',
  'decline',
  'correct',
  'export',
  'readAudit',
  'readHistory',
  'restoreHistory',
] as const;
export type Action = (typeof ACTIONS)[number];

const WRITERS: readonly Role[] = ['secretary', 'chair', 'adjuster', 'participant'];
const REVIEWERS: readonly Role[] = ['secretary', 'chair', 'adjuster'];
const APPROVERS: readonly Role[] = ['chair', 'adjuster'];
const EVERYONE: readonly Role[] = ['secretary', 'chair', 'adjuster', 'participant', 'viewer'];
const SECRETARY: readonly Role[] = ['secretary'];
const NOBODY: readonly Role[] = [];

/**
 * The permission matrix: who may do what in which state. The server checks
 * it on every REST call and every WebSocket update; the UI only reflects it.
 * In review only the secretary writes (to act on remarks); once adjusted,
 * nothing in the document changes and only corrections are appended. The
 * history is read by those who write and review the protocol (secretary,
 * chair, adjusters), in every state; only the secretary restores, in draft.
 */
export const PERMISSIONS: Record<MeetingState, Record<Action, readonly Role[]>> = {
  draft: {
    editText: WRITERS,
    changeAttendees: WRITERS,
    comment: WRITERS,
    resolveRemark: WRITERS,
    sendForReview: SECRETARY,
    withdrawReview: NOBODY,
    approve: NOBODY,
    decline: NOBODY,
    correct: NOBODY,
    export: EVERYONE,
    readAudit: SECRETARY,
    readHistory: REVIEWERS,
    restoreHistory: SECRETARY,
  },
  review: {
    editText: SECRETARY,
    changeAttendees: SECRETARY,
    comment: REVIEWERS,
    resolveRemark: REVIEWERS,
    sendForReview: NOBODY,
    withdrawReview: SECRETARY,
    approve: APPROVERS,
    decline: APPROVERS,
    correct: NOBODY,
    export: EVERYONE,
    readAudit: SECRETARY,
    readHistory: REVIEWERS,
    // The review is of a version: a restore would change it under the approvers; a decline brings it back to draft.
    restoreHistory: NOBODY,
  },
  adjusted: {
    editText: NOBODY,
    changeAttendees: NOBODY,
    comment: NOBODY,
    resolveRemark: NOBODY,
    sendForReview: NOBODY,
    withdrawReview: NOBODY,
    approve: NOBODY,
    decline: NOBODY,
    correct: SECRETARY,
    export: EVERYONE,
    readAudit: SECRETARY,
    readHistory: REVIEWERS,
    restoreHistory: NOBODY,
  },
};

/** Whether `role` may do `action` while the meeting is in `state`. */
export function may(role: Role, state: MeetingState, action: Action): boolean {
  return PERMISSIONS[state][action].includes(role);
}

/**
 * Why a refused action is refused: 'locked' when the protocol is adjusted
 * (HTTP 409), 'state' when another state would allow it (409), 'role' when
 * no state gives this role the action (403).
 */
export function refusalOf(role: Role, state: MeetingState, action: Action): 'locked' | 'state' | 'role' | null {
  if (may(role, state, action)) return null;
  if (state === 'adjusted' && action !== 'correct' && action !== 'readAudit' && action !== 'readHistory') return 'locked';
  const elsewhere = (Object.keys(PERMISSIONS) as MeetingState[]).some((other) => may(role, other, action));
  return elsewhere ? 'state' : 'role';
}
