import { runHandlerFuzz } from '../server/collab/fuzz/handlerFuzz';

/**
 * `npm run fuzz -- [seed] [frames]`: valid and mutated frames through the
 * server's own message handler (see server/collab/fuzz/handlerFuzz.ts);
 * prints the seed and every failure with the frame to replay; exit 1 on any.
 */
const seed = Number(process.argv[2] ?? Math.floor(Math.random() * 2 ** 31));
const frames = Number(process.argv[3] ?? 1_000_000);
const started = Date.now();
const report = runHandlerFuzz({ seed, frames });
console.log(JSON.stringify({ seed, frames, accepted: report.accepted, closed: report.closed, reloads: report.reloads, failures: report.failures.length, ms: Date.now() - started }));
for (const failure of report.failures) console.log(JSON.stringify(failure));
process.exitCode = report.failures.length > 0 ? 1 : 0;
