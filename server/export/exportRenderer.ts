import type { Worker } from 'node:worker_threads';
import type { ExportFormat } from './exportFormats';
import { WORKER_FORMATS } from './exportFormats';
import type { ExportDocument, ExportInput } from './exportInput';
import type { ExportRequest, ExportResponse, ExportResult } from './exportMessages';
import { renderExport } from './renderExport';
import { startTsWorker } from '../threads/startTsWorker';
import { installationTimeZone } from '../time/installationTimeZone';

interface Pending {
  resolve(result: ExportResult): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
}

type Job = { input: ExportInput } | { document: ExportDocument };

/**
 * Renders exports without stalling the collaboration rooms. A meeting given
 * as stored updates is decoded, extracted and rendered in one worker thread
 * (for 100 pages the reading alone is 10–40 ms, a PDF a quarter second and
 * more); a ready ExportInput renders PDF and DOCX there too and the text
 * formats inline. The worker starts on first use, is unref'd so it never
 * keeps the process alive, and is replaced after a crash or a timeout.
 */
export class ExportRenderer {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(private readonly timeoutMs = 120_000) {}

  /** Renders a ready input; null bytes when the format has nothing to show (no next meeting for .ics). */
  async render(format: ExportFormat, input: ExportInput): Promise<Uint8Array | null> {
    if (!WORKER_FORMATS.includes(format)) return renderExport(format, input);
    return (await this.post(format, { input })).bytes;
  }

  /** Reads stored updates and renders them, both in the worker; the meeting comes back as the document has it. */
  renderDocument(format: ExportFormat, document: ExportDocument): Promise<ExportResult> {
    return this.post(format, { document });
  }

  /** Stops the worker; pending jobs fail. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.fail(new Error('export renderer closed'));
    if (worker) await worker.terminate();
  }

  private post(format: ExportFormat, job: Job): Promise<ExportResult> {
    const worker = this.ensureWorker();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => this.fail(new Error(`export timed out after ${this.timeoutMs} ms`)), this.timeoutMs);
      this.pending.set(id, { resolve, reject, timer });
      const request: ExportRequest = { id, format, timeZone: installationTimeZone(), ...job };
      worker.postMessage(request);
    });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = startTsWorker(new URL('./exportWorker.ts', import.meta.url));
    worker.unref();
    worker.on('message', (response: ExportResponse) => {
      const job = this.pending.get(response.id);
      if (!job) return;
      this.pending.delete(response.id);
      clearTimeout(job.timer);
      if (response.ok) job.resolve({ bytes: response.bytes ? new Uint8Array(response.bytes) : null, meeting: response.meeting });
      else job.reject(new Error(response.message));
    });
    worker.on('error', (error) => this.fail(error));
    worker.on('exit', () => {
      if (this.worker === worker) this.fail(new Error('export worker stopped'));
    });
    this.worker = worker;
    return worker;
  }

  /** Rejects every pending job and drops the worker, so the next job starts a fresh one. */
  private fail(error: Error): void {
    const worker = this.worker;
    this.worker = null;
    for (const [id, job] of this.pending) {
      clearTimeout(job.timer);
      job.reject(error);
      this.pending.delete(id);
    }
    if (worker) void worker.terminate();
  }
}

/** The process's renderer: one export worker for every meeting, started on the first export that needs it. */
export const sharedExportRenderer = new ExportRenderer();
