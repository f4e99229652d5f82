import { describe, expect, it } from 'vitest';
import { runHandlerFuzz } from './handlerFuzz';

/**
 * The handler fuzzer at the size the issue asks of CI (10⁵ frames in all,
 * with handlerFuzzLargeRooms.test.ts) on fixed seeds, so a failure replays
 * with `npm run fuzz -- <seed> <frames>`; `npm run fuzz` runs 10⁶ by hand.
 */
describe('the server\'s message handler under valid and mutated frames', () => {
  it.each([1, 2, 3, 4, 5, 6])('never throws, keeps the live document equal to its peers and to its reload (seed %i)', (seed) => {
    const report = runHandlerFuzz({ seed, frames: 12_500 });
    // A run that accepted nothing or refused nothing would test neither path.
    expect(report.accepted).toBeGreaterThan(1_500);
    expect(report.closed).toBeGreaterThan(1_500);
    expect(report.failures).toEqual([]);
  }, 240_000);
});
