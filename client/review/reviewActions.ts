import { may } from '../../shared/adjustment/permissions';
import type { MeetingState } from '../../shared/meetingKind';
import type { Role } from '../../shared/roles';

/** The workflow controls one role sees in one state; the server checks the same matrix. */
export interface ReviewActions {
  sendForReview: boolean;
  withdraw: boolean;
  approve: boolean;
  decline: boolean;
  correct: boolean;
  readAudit: boolean;
}

export function reviewActions(role: Role, state: MeetingState): ReviewActions {
  return {
    sendForReview: may(role, state, 'sendForReview'),
    withdraw: may(role, state, 'withdrawReview'),
    approve: may(role, state, 'approve'),
    decline: may(role, state, 'decline'),
    correct: may(role, state, 'correct'),
    readAudit: may(role, state, 'readAudit'),
  };
}
