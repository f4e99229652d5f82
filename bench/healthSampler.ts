import { summarize, type Summary } from './percentiles';

export interface HealthSummary extends Summary {
  /** Requests that failed or had no answer within the timeout; each counts as a sample at the timeout. */
  failures: number;
}

/**
 * Asks a server's health URL every `intervalMs`, one request at a time, and
 * records how long each answer took: whether the event loop still serves a
 * plain request while a meeting is under attack. A request without an
 * answer within `timeoutMs` counts as a failure at `timeoutMs`.
 */
export class HealthSampler {
  private readonly samples: number[] = [];
  private failures = 0;
  private running = true;
  private readonly done: Promise<void>;

  constructor(
    private readonly url: string,
    private readonly intervalMs = 100,
    private readonly timeoutMs = 5000,
  ) {
    this.done = this.loop();
  }

  private async loop(): Promise<void> {
    while (this.running) {
      const startedAt = performance.now();
      try {
        const response = await fetch(this.url, { signal: AbortSignal.timeout(this.timeoutMs) });
        await response.arrayBuffer();
        if (!response.ok) throw new Error(String(response.status));
        this.samples.push(performance.now() - startedAt);
      } catch {
        this.failures++;
        this.samples.push(this.timeoutMs);
      }
      const wait = this.intervalMs - (performance.now() - startedAt);
      // Pacing the probe is this class's job, so it waits on the clock by design.
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }

  async stop(): Promise<HealthSummary> {
    this.running = false;
    await this.done;
    return { ...summarize(this.samples), failures: this.failures };
  }
}
