import { useCallback, useState } from 'react';
import type { ReviewStatus } from '../../shared/adjustment/types';
import { errorText } from '../api/errorText';
import { useT } from '../i18n/useT';

export interface ReviewActionValue {
  busy: boolean;
  /** Why the server refused, in the UI's language where it gave a reason (e.g. no approvers among the attendees). */
  error: string | null;
  setError: (message: string | null) => void;
  /** Runs one call; resolves true when it succeeded. */
  run: (call: () => Promise<ReviewStatus>) => Promise<boolean>;
}

/** One workflow button's request: busy while it runs, the refusal kept for display, the answer handed on. */
export function useReviewAction(onStatus: (status: ReviewStatus) => void): ReviewActionValue {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const t = useT();
  const run = useCallback(
    async (call: () => Promise<ReviewStatus>) => {
      setBusy(true);
      setError(null);
      try {
        onStatus(await call());
        return true;
      } catch (failure) {
        setError(errorText(t, failure));
        return false;
      } finally {
        setBusy(false);
      }
    },
    [onStatus, t],
  );
  return { busy, error, setError, run };
}
