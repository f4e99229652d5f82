/** How closely the load generator kept to its schedule. */
export interface DriveResult {
  keystrokes: number;
  durationMs: number;
  /** Worst delay of a keystroke behind its slot; large values mean the bench process itself was saturated. */
  maxLagMs: number;
}

// Pacing the load to a schedule is this module's job, so it waits on the clock by design.
const untilSlot = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const yieldToIo = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Calls `keystroke(i)` for i = 0..count−1 at a fixed aggregate rate, open
 * loop: slot i is due at start + i/rate whatever happened before, so a slow
 * server cannot slow the load down and hide its own latency. Between
 * keystrokes the event loop is always yielded so the editors can receive.
 */
export async function driveAtFixedRate(
  count: number,
  ratePerSecond: number,
  keystroke: (i: number) => void,
): Promise<DriveResult> {
  const interval = 1000 / ratePerSecond;
  const start = performance.now();
  let maxLagMs = 0;
  for (let i = 0; i < count; i++) {
    const due = start + i * interval;
    const wait = due - performance.now();
    if (wait >= 1) await untilSlot(wait);
    else await yieldToIo();
    maxLagMs = Math.max(maxLagMs, performance.now() - due);
    keystroke(i);
  }
  return { keystrokes: count, durationMs: performance.now() - start, maxLagMs };
}
