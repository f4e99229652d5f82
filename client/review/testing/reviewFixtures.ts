import type { ApprovalRecord, ReviewStatus } from '../../../shared/adjustment/types';
import type { MeetingPerson } from '../../../shared/api/types';
import type { ReviewStatusValue } from '../useReviewStatus';

export const inReview: ReviewStatus = {
  state: 'review',
  round: 1,
  required: [
    { attendeeId: 'a-anna', name: 'Anna Ek', organization: '', role: 'chair', approval: null },
    { attendeeId: 'a-bo', name: 'Bo Lind', organization: '', role: 'adjuster', approval: null },
  ],
  lastDecline: null,
  adjustment: null,
  integrity: 'ok',
  setAside: null,
  corrections: [],
};

export const approvedByAnna: ApprovalRecord = {
  name: 'Anna Ek',
  organization: '',
  role: 'chair',
  verification: { method: 'personal-link', attendeeId: 'a-anna', email: 'anna@falkoping.se', issuer: null, subject: null },
  decision: 'approved',
  reason: null,
  at: '2025-03-04T09:00:00Z',
  round: 1,
};

/** Bo Lind, the adjuster, as his personal invitation makes him known to the server. */
export const boInPerson: MeetingPerson = { attendeeId: 'a-bo', name: 'Bo Lind', organization: '', verifiedBy: 'personal-link', email: 'bo@falkoping.se' };

export const adjusted: ReviewStatus = {
  ...inReview,
  state: 'adjusted',
  adjustment: {
    adjustedAt: '2025-03-04T09:30:00Z',
    adjustedBy: 'Anna Ek, Bo Lind',
    sha256: 'ab'.repeat(32),
    protocolSha256: 'cd'.repeat(32),
    approvals: [approvedByAnna, { ...approvedByAnna, name: 'Bo Lind', role: 'adjuster', at: '2025-03-04T09:30:00Z' }],
  },
};

/** What useReviewStatus would give for a loaded status; the callbacks are the test's. */
export function reviewValue(status: ReviewStatus, overrides: Partial<ReviewStatusValue> = {}): ReviewStatusValue {
  return { status, state: status.state, error: null, refresh: () => undefined, accept: () => undefined, ...overrides };
}
