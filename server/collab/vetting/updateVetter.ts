import type { Worker } from 'node:worker_threads';
import type { Logger } from '../../logger';
import { errorFields } from '../../logger';
import { startTsWorker } from '../../threads/startTsWorker';
import type { VetRequest, VetResponse, VetVerdict } from './vetMessages';

export interface UpdateVetterOptions {
  /** Updates larger than this many bytes are vetted in the worker; smaller ones cost the event loop less than the round trip. */
  aboveBytes: number;
  /** An update Yjs takes longer than this to apply is refused: the room would spend as long, with every meeting waiting. */
  applyBudgetMs: number;
  /** A verdict not back after this long (copying the room, checking, applying) refuses the update and replaces the worker. */
  timeoutMs: number;
}

/** A verdict, and the call that tells the worker whether the room took the update (exactly once, soon: nothing else is vetted until then). */
export interface Vetted {
  verdict: VetVerdict;
  settle: (taken: boolean) => void;
}

interface Job {
  id: number;
  meetingId: string;
  update: Uint8Array;
  stateOf: () => Uint8Array;
  resolve(vetted: Vetted): void;
}

const TOO_COSTLY: VetVerdict = { addsNothing: false, problem: 'tooCostly', applyMs: 0 };
const REFUSED: Vetted = { verdict: TOO_COSTLY, settle: () => undefined };

/**
 * Checks large incoming updates off the event loop. Decoding, checking and
 * applying a hostile frame of a megabyte takes Yjs up to seconds, during
 * which no other meeting is served; here that time is spent in one worker
 * thread, on its own copy of the room's document, and the room applies only
 * what was judged sound and cheap enough. The copies follow the rooms
 * (seeded on a room's first large update, then every update the room
 * applies). Jobs run one at a time, each until the room has settled it:
 * the worker applies a vetted update to its copy on trial, so the next job
 * must see the copy with it kept or thrown away. A job past its time is
 * refused and the worker replaced.
 */
export class UpdateVetter {
  private worker: Worker | null = null;
  private ready = false;
  /** Rooms the current worker holds a copy of. */
  private readonly seeded = new Set<string>();
  private readonly queue: Job[] = [];
  private current: { job: Job; timer: NodeJS.Timeout | null } | null = null;
  private nextId = 1;
  private closed = false;

  constructor(
    readonly options: UpdateVetterOptions,
    private readonly log: Logger,
  ) {}

  /** Whether an update of this size goes to the worker. */
  vets(update: Uint8Array): boolean {
    return update.length > this.options.aboveBytes;
  }

  /**
   * The verdict on `update` for a meeting's room; `stateOf` gives the room's
   * whole state when the worker has no copy yet. Never rejects.
   */
  vet(meetingId: string, update: Uint8Array, stateOf: () => Uint8Array): Promise<Vetted> {
    if (this.closed) return Promise.resolve(REFUSED);
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, meetingId, update, stateOf, resolve });
      this.dispatch();
    });
  }

  /** The room applied an update: the worker's copy (if any) applies it too, before any later vet. */
  applied(meetingId: string, update: Uint8Array): void {
    if (this.seeded.has(meetingId)) this.post({ type: 'apply', meetingId, update });
  }

  /** The room left memory or replaced its document. */
  drop(meetingId: string): void {
    if (this.seeded.delete(meetingId)) this.post({ type: 'drop', meetingId });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.resolve(REFUSED);
    if (this.current) this.refuse();
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }

  private dispatch(): void {
    if (this.current || this.queue.length === 0 || this.closed) return;
    const worker = this.ensureWorker();
    // The clock starts when the worker can take the job, not while a new one boots.
    if (!this.ready) return;
    const job = this.queue.shift()!;
    if (!this.seeded.has(job.meetingId)) {
      // Taken now, not when vet() was called: later updates reach the copy as 'apply' after it.
      const state = job.stateOf();
      this.seeded.add(job.meetingId);
      worker.postMessage({ type: 'seed', meetingId: job.meetingId, state } satisfies VetRequest, [state.buffer as ArrayBuffer]);
    }
    const timer = setTimeout(() => {
      this.log.warn('refused an update whose check ran out of time; replacing the vetting worker', {
        meetingId: job.meetingId,
        bytes: job.update.length,
        timeoutMs: this.options.timeoutMs,
      });
      this.replaceWorker();
      this.refuse();
    }, this.options.timeoutMs);
    this.current = { job, timer };
    this.post({ type: 'vet', id: job.id, meetingId: job.meetingId, update: job.update });
  }

  /** Ends the current job without a verdict for the room: the worker's copy, if it still has one, throws the update away. */
  private refuse(): void {
    const current = this.current;
    if (!current) return;
    this.current = null;
    if (current.timer) clearTimeout(current.timer);
    if (this.seeded.has(current.job.meetingId)) this.post({ type: 'settle', meetingId: current.job.meetingId, taken: false });
    current.job.resolve(REFUSED);
    this.dispatch();
  }

  /** Hands the verdict to the room; the next job waits for its settle. */
  private deliver(verdict: VetVerdict): void {
    const current = this.current;
    if (!current) return;
    if (current.timer) clearTimeout(current.timer);
    current.timer = null;
    const { job } = current;
    let settled = false;
    job.resolve({
      verdict,
      settle: (taken) => {
        if (settled) return;
        settled = true;
        if (this.current?.job !== job) return;
        this.current = null;
        if (this.seeded.has(job.meetingId)) this.post({ type: 'settle', meetingId: job.meetingId, taken });
        this.dispatch();
      },
    });
  }

  private onResponse = (worker: Worker, response: VetResponse) => {
    if (worker !== this.worker) return;
    if (response.type === 'ready') {
      this.ready = true;
      this.dispatch();
      return;
    }
    if (this.current?.job.id !== response.id || this.current.timer === null) return;
    const { verdict } = response;
    if (verdict.problem === null && !verdict.addsNothing && verdict.applyMs > this.options.applyBudgetMs) {
      this.log.warn('refused an update that takes too long to apply', {
        meetingId: this.current.job.meetingId,
        bytes: this.current.job.update.length,
        applyMs: Math.round(verdict.applyMs),
      });
      this.refuse();
      return;
    }
    this.deliver(verdict);
  };

  private post(request: VetRequest): void {
    this.worker?.postMessage(request);
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = startTsWorker(new URL('./vetWorker.ts', import.meta.url));
    // Never what keeps the process alive; the rooms are.
    worker.unref();
    worker.on('message', (response: VetResponse) => this.onResponse(worker, response));
    worker.on('error', (error) => {
      if (worker !== this.worker) return;
      this.log.error('the vetting worker failed; replacing it', errorFields(error));
      this.replaceWorker();
      this.refuse();
    });
    worker.on('exit', () => {
      if (worker !== this.worker) return;
      this.replaceWorker();
      this.refuse();
    });
    this.worker = worker;
    this.ready = false;
    return worker;
  }

  /** Drops the worker and every copy it held; the next job starts a new one and seeds its rooms again. */
  private replaceWorker(): void {
    const worker = this.worker;
    this.worker = null;
    this.ready = false;
    this.seeded.clear();
    if (worker) void worker.terminate();
  }
}
