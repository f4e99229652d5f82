import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReviewStatus } from '../../shared/adjustment/types';
import type { MeetingState } from '../../shared/meetingKind';
import type { ApiError } from '../api/ApiError';
import { getReviewStatus } from '../api/reviewApi';
import { toApiError } from '../api/toApiError';
import { useMeetingEvents } from '../api/useMeetingEvents';
import { shouldRefetchReview } from './shouldRefetchReview';

export interface ReviewStatusValue {
  /** Null until the first answer. */
  status: ReviewStatus | null;
  /** The live state, or the state the meeting was loaded with until the status arrives. */
  state: MeetingState;
  error: ApiError | null;
  refresh: () => void;
  /** Takes the status an action answered with, so the page need not wait for the event. */
  accept: (status: ReviewStatus) => void;
}

/** The meeting's adjustment status, kept current by the server's change events. */
export function useReviewStatus(meetingId: string, initialState: MeetingState): ReviewStatusValue {
  const [status, setStatus] = useState<ReviewStatus | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  // Answers can overtake each other; only the newest request (or accepted status) may win.
  const generation = useRef(0);
  const inFlight = useRef<AbortController | null>(null);

  const refresh = useCallback(() => {
    const mine = ++generation.current;
    inFlight.current?.abort();
    const controller = new AbortController();
    inFlight.current = controller;
    getReviewStatus(meetingId, controller.signal).then(
      (next) => {
        if (mine !== generation.current) return;
        setStatus(next);
        setError(null);
      },
      (failure: unknown) => {
        if (controller.signal.aborted || mine !== generation.current) return;
        setError(toApiError(failure));
      },
    );
  }, [meetingId]);

  const accept = useCallback((next: ReviewStatus) => {
    generation.current++;
    inFlight.current?.abort();
    setStatus(next);
    setError(null);
  }, []);

  useEffect(() => {
    setStatus(null);
    refresh();
    return () => {
      generation.current++;
      inFlight.current?.abort();
    };
  }, [refresh]);

  useMeetingEvents(meetingId, (event) => {
    if (shouldRefetchReview(event)) refresh();
  });

  return { status, state: status?.state ?? initialState, error, refresh, accept };
}
