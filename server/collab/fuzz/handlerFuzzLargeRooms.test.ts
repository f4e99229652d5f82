import { describe, expect, it } from 'vitest';
import { runHandlerFuzz } from './handlerFuzz';

/**
 * The rest of CI's 10⁵ fuzzed frames (see handlerFuzz.test.ts) in meetings
 * twice as long, so the documents the mutated frames land in are
 * larger and older; its own file so that it runs beside the other.
 */
describe('the server\'s message handler under mutated frames in long meetings', () => {
  it.each([7, 8, 9, 10])('never throws, keeps the live document equal to its peers and to its reload (seed %i)', (seed) => {
    const report = runHandlerFuzz({ seed, frames: 6_250, framesPerRoom: 1_000 });
    expect(report.accepted).toBeGreaterThan(750);
    expect(report.closed).toBeGreaterThan(750);
    expect(report.failures).toEqual([]);
  }, 240_000);
});
