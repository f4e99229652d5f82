import { describe, expect, it } from 'vitest';
import type { MeetingEvent } from '../../shared/adjustment/types';
import { subscribeMeetingEvents } from './meetingEventStream';

/** Stands in for the browser's EventSource: records its URL and lets the test fire events. */
class FakeSource extends EventTarget {
  closed = false;
  constructor(readonly url: string) {
    super();
  }
  close() {
    this.closed = true;
  }
  emit(type: string, data?: string) {
    this.dispatchEvent(Object.assign(new Event(type), { data }));
  }
}

describe('subscribeMeetingEvents', () => {
  it('shares one stream per meeting between listeners and closes it with the last one', () => {
    const made: FakeSource[] = [];
    const create = (url: string) => {
      const source = new FakeSource(url);
      made.push(source);
      return source as unknown as EventSource;
    };
    const seenA: (MeetingEvent | null)[] = [];
    const seenB: (MeetingEvent | null)[] = [];
    const offA = subscribeMeetingEvents('m 1', (event) => seenA.push(event), create);
    const offB = subscribeMeetingEvents('m 1', (event) => seenB.push(event), create);
    expect(made.map((source) => source.url)).toEqual(['/api/meetings/m%201/events']);

    made[0]?.emit('open');
    made[0]?.emit('change', JSON.stringify({ topic: 'remarks', state: 'review' }));
    made[0]?.emit('change', 'not json');
    expect(seenA).toEqual([null, { topic: 'remarks', state: 'review' }, null]);
    expect(seenB).toEqual(seenA);

    offA();
    expect(made[0]?.closed).toBe(false);
    offB();
    expect(made[0]?.closed).toBe(true);
    subscribeMeetingEvents('m 1', () => undefined, create)();
    expect(made).toHaveLength(2);
  });
});
