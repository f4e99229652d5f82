import type { ReviewStatus } from '../../shared/adjustment/types';
import type { MeetingPerson } from '../../shared/api/types';

type Required = ReviewStatus['required'][number];

/**
 * The required approver the signed-in person is: by attendee id, or by name
 * in rounds frozen before approvers carried one (the server matches the same
 * way). Null when the person is not among them.
 */
export function ownApprover(required: readonly Required[], person: MeetingPerson): Required | null {
  return required.find((approver) => (approver.attendeeId !== undefined ? approver.attendeeId === person.attendeeId : approver.name === person.name)) ?? null;
}
