import type { MeetingEvent } from '../../shared/adjustment/types';

export type MeetingEventListener = (event: MeetingEvent | null) => void;

interface Stream {
  source: EventSource;
  listeners: Set<MeetingEventListener>;
}

const streams = new Map<string, Stream>();

/**
 * Subscribes to a meeting's server-sent events through one EventSource per
 * meeting, however many parts of the page listen: each stream holds one of
 * the browser's few connections per origin. The listener gets every change
 * event, and null whenever the stream (re)opens so it refetches what it may
 * have missed. Returns the unsubscribe function.
 */
export function subscribeMeetingEvents(meetingId: string, listener: MeetingEventListener, create = (url: string) => new EventSource(url)): () => void {
  let stream = streams.get(meetingId);
  if (!stream) {
    const source = create(`/api/meetings/${encodeURIComponent(meetingId)}/events`);
    const created: Stream = { source, listeners: new Set() };
    source.addEventListener('open', () => {
      for (const each of [...created.listeners]) each(null);
    });
    source.addEventListener('change', (message: MessageEvent<string>) => {
      let event: MeetingEvent | null = null;
      try {
        event = JSON.parse(message.data) as MeetingEvent;
      } catch {
        // An unreadable event still means something changed: refetch.
      }
      for (const each of [...created.listeners]) each(event);
    });
    streams.set(meetingId, created);
    stream = created;
  }
  const current = stream;
  current.listeners.add(listener);
  return () => {
    current.listeners.delete(listener);
    if (current.listeners.size > 0) return;
    current.source.close();
    if (streams.get(meetingId) === current) streams.delete(meetingId);
  };
}
