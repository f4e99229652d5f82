import { describe, expect, it } from 'vitest';
import { runHandlerFuzz } from './handlerFuzz';

/**
 * The handler fuzzer at a size CI can afford on fixed seeds, so a failure
 * replays with `npm run fuzz -- <seed> <frames>`; longer random runs are
 * for `npm run fuzz` by hand.
 */
describe('the server\'s message handler under valid and mutated frames', () => {
  it.each([1, 2, 5])('never throws, keeps the live document equal to its peers and to its reload (seed %i)', (seed) => {
    const report = runHandlerFuzz({ seed, frames: 4000 });
    // A run that accepted nothing or refused nothing would test neither path.
    expect(report.accepted).toBeGreaterThan(400);
    expect(report.closed).toBeGreaterThan(400);
    expect(report.failures).toEqual([]);
  }, 120_000);
});
