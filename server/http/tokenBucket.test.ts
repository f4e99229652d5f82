import { describe, expect, it } from 'vitest';
import { TokenBucketLimiter } from './tokenBucket';

function clock() {
  let ms = 0;
  return { now: () => ms, advance: (by: number) => (ms += by) };
}

describe('TokenBucketLimiter', () => {
  it('lets a burst of perMinute through at once, then says when the next one may come', () => {
    const time = clock();
    const limiter = new TokenBucketLimiter(6, time.now);
    for (let i = 0; i < 6; i++) expect(limiter.take('a')).toEqual({ ok: true });
    expect(limiter.take('a')).toEqual({ ok: false, retryAfterSeconds: 10 });
    time.advance(4_000);
    expect(limiter.take('a')).toEqual({ ok: false, retryAfterSeconds: 6 });
    time.advance(6_000);
    expect(limiter.take('a')).toEqual({ ok: true });
    expect(limiter.take('a').ok).toBe(false);
  });

  it('refills evenly and never beyond the burst', () => {
    const time = clock();
    const limiter = new TokenBucketLimiter(60, time.now);
    for (let i = 0; i < 60; i++) limiter.take('a');
    time.advance(3_000);
    for (let i = 0; i < 3; i++) expect(limiter.take('a').ok).toBe(true);
    expect(limiter.take('a').ok).toBe(false);
    time.advance(60 * 60_000);
    let granted = 0;
    while (limiter.take('a').ok) granted += 1;
    expect(granted).toBe(60);
  });

  it('keeps a budget per key', () => {
    const limiter = new TokenBucketLimiter(1, clock().now);
    expect(limiter.take('a').ok).toBe(true);
    expect(limiter.take('a').ok).toBe(false);
    expect(limiter.take('b').ok).toBe(true);
  });

  it('forgets the least recently used key beyond maxKeys, which then starts afresh', () => {
    const limiter = new TokenBucketLimiter(1, clock().now, 2);
    limiter.take('a');
    limiter.take('b');
    limiter.take('a');
    limiter.take('c');
    // b was used least recently and is forgotten; a is still remembered as spent.
    expect(limiter.take('a').ok).toBe(false);
    expect(limiter.take('b').ok).toBe(true);
  });
});
