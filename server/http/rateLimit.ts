import type { Context, MiddlewareHandler } from 'hono';
import { addressKey } from './addressKey';
import { edgeError } from './edgeError';
import { TokenBucketLimiter } from './tokenBucket';

/**
 * Refuses a client address's requests beyond `perMinute` with
 * `429 {"error":{"code":"rate_limited"}}` and Retry-After (seconds), before
 * the route reads the body. `what` names the requests in the message.
 * `perMinute` 0: no limit.
 */
export function rateLimit(what: string, perMinute: number, addressOf: (c: Context) => string | undefined, now?: () => number): MiddlewareHandler {
  if (perMinute === 0) return (_c, next) => next();
  const limiter = new TokenBucketLimiter(perMinute, now);
  return async (c, next) => {
    const answer = limiter.take(addressKey(addressOf(c)));
    if (answer.ok) return next();
    return edgeError(c, 429, 'rate_limited', `Too many ${what} from your address (at most ${perMinute} a minute); try again in ${answer.retryAfterSeconds} s`, {
      'retry-after': String(answer.retryAfterSeconds),
    });
  };
}
