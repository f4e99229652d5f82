import type { MeetingEvent } from '../../shared/adjustment/types';

type Listener = (event: MeetingEvent) => void;

/** In-process fan-out of meeting changes to the open event streams (GET /api/meetings/:id/events). */
export class MeetingEventBus {
  private readonly listeners = new Map<string, Set<Listener>>();

  subscribe(meetingId: string, listener: Listener): () => void {
    let set = this.listeners.get(meetingId);
    if (!set) {
      set = new Set();
      this.listeners.set(meetingId, set);
    }
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(meetingId);
    };
  }

  publish(meetingId: string, event: MeetingEvent): void {
    for (const listener of this.listeners.get(meetingId) ?? []) listener(event);
  }

  /** Open streams of a meeting (for tests and diagnostics). */
  subscribers(meetingId: string): number {
    return this.listeners.get(meetingId)?.size ?? 0;
  }
}
