import { useEffect, useRef } from 'react';
import type { MeetingEvent } from '../../shared/adjustment/types';
import { subscribeMeetingEvents } from './meetingEventStream';

/**
 * Calls `onEvent` for every server-sent `change` event of a meeting (state,
 * remarks, corrections), and with `null` whenever the stream (re)opens, so
 * the caller refetches whatever it may have missed while disconnected.
 * EventSource reconnects by itself; the session cookie authenticates it.
 */
export function useMeetingEvents(meetingId: string, onEvent: (event: MeetingEvent | null) => void): void {
  const listener = useRef(onEvent);
  listener.current = onEvent;

  useEffect(() => subscribeMeetingEvents(meetingId, (event) => listener.current(event)), [meetingId]);
}
