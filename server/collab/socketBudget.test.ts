import { describe, expect, it } from 'vitest';
import { SocketBudget } from './socketBudget';

const options = { messagesPerSecond: 100, bytesPerSecond: 100_000, busyMsPerSecond: 100, burstSeconds: 2, maxMessageBytes: 150_000 };

describe('SocketBudget', () => {
  it('lets a fast typist through without ever resting: 20 keystrokes and carets a second for a minute', () => {
    let now = 0;
    const budget = new SocketBudget(options, () => now);
    for (let index = 0; index < 20 * 60; index++) {
      now += 50;
      expect(budget.spend(120)).toBe(0);
    }
  });

  it('takes a burst of two seconds at once, then rests a flood for as long as it overspent', () => {
    let now = 0;
    const budget = new SocketBudget(options, () => now);
    for (let index = 0; index < 200; index++) expect(budget.spend(10)).toBe(0);
    // The 201st message at the same instant is one message over: 10 ms at 100 a second.
    expect(budget.spend(10)).toBe(10);
    now += 10;
    expect(budget.spend(10)).toBe(10);
  });

  it('always takes one frame of the largest size, as a reconnect after offline editing sends', () => {
    const now = 0;
    const budget = new SocketBudget(options, () => now);
    expect(budget.spend(150_000)).toBe(0);
    expect(budget.spend(150_000)).toBe(0);
    // The third needs its bytes refilled: 150 000 over at 100 000 a second.
    expect(budget.spend(150_000)).toBe(1500);
  });

  it('counts the server\'s time: small frames that each cost the event loop 50 ms rest the socket after the two seconds of burst', () => {
    const now = 0;
    const budget = new SocketBudget(options, () => now);
    // 100 ms a second for 2 s: four such frames at once fit.
    for (let index = 0; index < 4; index++) expect(budget.spend(2_000, 50)).toBe(0);
    // The fifth is 50 ms over at 100 ms a second: half a second of rest.
    expect(budget.spend(2_000, 50)).toBe(500);
  });

  it('lets typing through however long it keeps on: a keystroke costs the server well under a millisecond', () => {
    let now = 0;
    const budget = new SocketBudget(options, () => now);
    for (let index = 0; index < 20 * 600; index++) {
      now += 50;
      expect(budget.spend(120, 0.5)).toBe(0);
    }
  });
});
