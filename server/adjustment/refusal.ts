import type { ApiErrorCode } from '../../shared/api/types';
import { refusalOf, type Action } from '../../shared/adjustment/permissions';
import type { RefusalReason } from '../../shared/adjustment/refusalReasons';
import type { MeetingState } from '../../shared/meetingKind';
import type { Role } from '../../shared/roles';

/**
 * A workflow step that is not allowed now, or (500) a protocol that may not
 * be served; the routes answer it as `{error: {code, message}}`.
 */
export class Refusal extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 500,
    readonly code: ApiErrorCode,
    message: string,
    readonly reason?: RefusalReason,
  ) {
    super(message);
  }
}

const STATE_WORDS: Record<MeetingState, string> = { draft: 'a draft', review: 'in review', adjusted: 'adjusted' };

/** Throws unless the permission matrix lets `role` do `action` in `state`. */
export function ensureAllowed(role: Role, state: MeetingState, action: Action): void {
  const why = refusalOf(role, state, action);
  if (why === null) return;
  if (why === 'locked') throw new Refusal(409, 'locked', 'The protocol is adjusted (locked): nothing in it can be changed', 'locked');
  if (why === 'state') throw new Refusal(409, 'conflict', `A ${role} may not ${ACTION_WORDS[action]} while the protocol is ${STATE_WORDS[state]}`, 'state');
  throw new Refusal(403, 'forbidden', `A ${role} may not ${ACTION_WORDS[action]}`, 'role');
}

const ACTION_WORDS: Record<Action, string> = {
  editText: 'edit the text',
  changeAttendees: 'change the attendees',
  comment: 'add remarks',
  resolveRemark: 'resolve remarks',
  sendForReview: 'send the protocol for adjustment',
  withdrawReview: 'withdraw the review',
  approve: 'approve the protocol',
  decline: 'decline the protocol',
  correct: 'add a correction',
  export: 'export the protocol',
  readAudit: 'read the audit log',
  readHistory: 'read the history',
  restoreHistory: 'restore from the history',
};
