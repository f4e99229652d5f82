import { useCallback, useState } from 'react';
import type { ReviewStatus } from '../../shared/adjustment/types';
import { toApiError } from '../api/toApiError';

export interface ReviewActionValue {
  busy: boolean;
  /** The server's own message when it refused (e.g. 409 with no approvers among the attendees). */
  error: string | null;
  setError: (message: string | null) => void;
  /** Runs one call; resolves true when it succeeded. */
  run: (call: () => Promise<ReviewStatus>) => Promise<boolean>;
}

/** One workflow button's request: busy while it runs, the refusal kept for display, the answer handed on. */
export function useReviewAction(onStatus: (status: ReviewStatus) => void): ReviewActionValue {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(
    async (call: () => Promise<ReviewStatus>) => {
      setBusy(true);
      setError(null);
      try {
        onStatus(await call());
        return true;
      } catch (failure) {
        setError(toApiError(failure).message);
        return false;
      } finally {
        setBusy(false);
      }
    },
    [onStatus],
  );
  return { busy, error, setError, run };
}
