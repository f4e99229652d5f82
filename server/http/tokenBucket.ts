/** Whether a request may go ahead, and if not, in how many seconds it may. */
export type BucketAnswer = { ok: true } | { ok: false; retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * One token bucket per key: `perMinute` requests at once, refilled evenly
 * over a minute (a steady `perMinute / 60` per second). The buckets are kept
 * in least-recently-used order and at most `maxKeys` of them, so a flood of
 * addresses costs bounded memory; a forgotten bucket starts full again.
 */
export class TokenBucketLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly perMs: number;

  constructor(
    readonly perMinute: number,
    private readonly now: () => number = () => performance.now(),
    private readonly maxKeys = 10_000,
  ) {
    this.perMs = perMinute / 60_000;
  }

  /** Takes one token from `key`'s bucket, or says how long until there is one. */
  take(key: string): BucketAnswer {
    const now = this.now();
    const bucket = this.buckets.get(key);
    const tokens = bucket ? Math.min(this.perMinute, bucket.tokens + (now - bucket.at) * this.perMs) : this.perMinute;
    // Re-inserted on every use, so the map's first entry is the least recently used.
    this.buckets.delete(key);
    if (tokens >= 1) {
      this.buckets.set(key, { tokens: tokens - 1, at: now });
      this.evict();
      return { ok: true };
    }
    this.buckets.set(key, { tokens, at: now });
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / this.perMs / 1000)) };
  }

  private evict(): void {
    for (const key of this.buckets.keys()) {
      if (this.buckets.size <= this.maxKeys) return;
      this.buckets.delete(key);
    }
  }
}
