import { useEffect, useState } from 'react';
import type { MeetingSummary } from '../../shared/api/types';
import type { ApiError } from './ApiError';
import { getMeeting } from './meetingsApi';
import { toApiError } from './toApiError';

export type MeetingLoad =
  | { status: 'loading' }
  | { status: 'ready'; meeting: MeetingSummary }
  | { status: 'failed'; error: ApiError };

export function useMeeting(meetingId: string): MeetingLoad {
  const [load, setLoad] = useState<MeetingLoad>({ status: 'loading' });

  useEffect(() => {
    const controller = new AbortController();
    setLoad({ status: 'loading' });
    void getMeeting(meetingId, controller.signal).then(
      (meeting) => setLoad({ status: 'ready', meeting }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setLoad({ status: 'failed', error: toApiError(error) });
      },
    );
    return () => controller.abort();
  }, [meetingId]);

  return load;
}

