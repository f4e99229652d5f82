import type { MeetingEvent } from '../../shared/adjustment/types';

/** A (re)opened stream (null) may have missed anything; remarks have their own list and do not change the status. */
export function shouldRefetchReview(event: MeetingEvent | null): boolean {
  return event === null || event.topic === 'review' || event.topic === 'corrections';
}
