import { useEffect, useRef } from 'react';
import type { MeetingEvent } from '../../shared/adjustment/types';

/**
 * Calls `onEvent` for every server-sent `change` event of a meeting (state,
 * remarks, corrections), and with `null` whenever the stream (re)opens, so
 * the caller refetches whatever it may have missed while disconnected.
 * EventSource reconnects by itself; the session cookie authenticates it.
 */
export function useMeetingEvents(meetingId: string, onEvent: (event: MeetingEvent | null) => void): void {
  const listener = useRef(onEvent);
  listener.current = onEvent;

  useEffect(() => {
    const source = new EventSource(`/api/meetings/${encodeURIComponent(meetingId)}/events`);
    const onOpen = () => listener.current(null);
    const onChange = (message: MessageEvent<string>) => {
      try {
        listener.current(JSON.parse(message.data) as MeetingEvent);
      } catch {
        listener.current(null);
      }
    };
    source.addEventListener('open', onOpen);
    source.addEventListener('change', onChange);
    return () => {
      source.removeEventListener('open', onOpen);
      source.removeEventListener('change', onChange);
      source.close();
    };
  }, [meetingId]);
}
