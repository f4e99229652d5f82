import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** How often the worker moves the WAL into the database file. */
export const CHECKPOINT_INTERVAL_MS = 1000;

/**
 * Pages the WAL may reach before the writing connection checkpoints by
 * itself: the safety valve if the worker cannot keep up (about 40 MB).
 */
export const WAL_SAFETY_VALVE_PAGES = 10_000;

// Plain JavaScript so it runs in a worker without a TypeScript loader.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma('busy_timeout = 1000');
const timer = setInterval(() => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch (error) {
    parentPort.postMessage({ error: String(error && error.message || error) });
  }
}, workerData.intervalMs);
`;

export interface Checkpointer {
  /** Ends the worker; an interrupted checkpoint is safe, SQLite completes it later. */
  stop(): void;
}

/**
 * Runs SQLite's WAL checkpoints on a worker thread with its own connection.
 * A checkpoint copies pages into the database file and fsyncs it, which
 * took ~20 ms here; done by the writing connection it stalls the event loop
 * and every keystroke relayed meanwhile. A PASSIVE checkpoint never blocks
 * the writer, so appends stay in the tens of microseconds.
 */
export function startCheckpointer(file: string, onError: (message: string) => void, intervalMs = CHECKPOINT_INTERVAL_MS): Checkpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file, driver, intervalMs } });
  worker.unref();
  worker.on('message', (message: { error?: string }) => {
    if (message.error) onError(message.error);
  });
  worker.on('error', (error) => onError(error.message));
  return { stop: () => void worker.terminate() };
}
