/** A network failure or a timeout on the way to the provider, not an answer from it. */
export function providerUnreachable(error: unknown): boolean {
  for (let cause = error, depth = 0; cause instanceof Error && depth < 5; cause = cause.cause, depth += 1) {
    // undici's fetch fails with this TypeError when it gets no answer; AbortSignal.timeout with TimeoutError.
    if ((cause instanceof TypeError && cause.message === 'fetch failed') || cause.name === 'TimeoutError') return true;
  }
  return false;
}
