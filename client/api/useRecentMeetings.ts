import { useCallback, useEffect, useState } from 'react';
import type { MeetingSummary } from '../../shared/api/types';
import type { ApiError } from './ApiError';
import { listMeetings } from './meetingsApi';
import { toApiError } from './toApiError';

export type RecentMeetingsLoad =
  | { status: 'loading' }
  | { status: 'ready'; meetings: MeetingSummary[] }
  | { status: 'failed'; error: ApiError };

/** The meetings of this browser; `reload` after creating one. */
export function useRecentMeetings(): { load: RecentMeetingsLoad; reload: () => void } {
  const [load, setLoad] = useState<RecentMeetingsLoad>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    void listMeetings(controller.signal).then(
      ({ meetings }) => setLoad({ status: 'ready', meetings }),
      (error: unknown) => {
        if (!controller.signal.aborted) setLoad({ status: 'failed', error: toApiError(error) });
      },
    );
    return () => controller.abort();
  }, [generation]);

  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  return { load, reload };
}
