/**
 * npm run bench: keystroke-to-peer latency and server CPU of our
 * collaboration server side by side with the stock y-websocket server, in one
 * run on this machine. Prints Markdown to stdout (progress to stderr) and
 * updates docs/benchmarks.md.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderResults, spliceResults } from './benchDoc';
import { cellNotes } from './cellNotes';
import { parseConfig, USAGE } from './config';
import type { BenchConfig } from './config';
import { describeMachine } from './machine';
import { ms } from './report';
import type { RunCell } from './report';
import { runScenario } from './scenario';
import type { ScenarioOutcome } from './scenario';
import { ourServerEntry, ourServerExists, startServer } from './servers';
import type { BenchServer, ServerKind } from './servers';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const docPath = join(repoRoot, 'docs', 'benchmarks.md');

function log(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Fresh servers for one scenario, measured side by side, stopped again; one cell per server. */
async function runScenarioCells(editors: number, kinds: readonly ServerKind[], config: BenchConfig): Promise<RunCell[]> {
  const started: BenchServer[] = [];
  const cells: RunCell[] = [];
  for (const kind of kinds) {
    try {
      started.push(await startServer(kind, repoRoot));
    } catch (error) {
      cells.push({ editors, server: kind, result: null, error: `did not start: ${message(error)}`, notes: [] });
    }
  }
  let outcomes: ScenarioOutcome[];
  try {
    outcomes = await runScenario(started, {
      editors,
      warmupKeystrokes: config.warmupKeystrokes,
      keystrokes: config.keystrokes,
      rounds: config.rounds,
      ratePerSecond: config.ratePerSecond,
    });
  } catch (error) {
    outcomes = started.map((server) => ({ server, result: null, error: message(error) }));
  }
  for (const { server, result, error } of outcomes) {
    const crashed = server.process.exit;
    const stop = await server.stop();
    const notes = cellNotes(result, {
      crashed,
      stopExit: stop.exit,
      forcedKill: stop.forcedKill,
      logLineCount: server.process.logLineCount,
      firstLogLine: server.process.logLines[0] ?? null,
    });
    cells.push({ editors, server: server.kind, result, error, notes });
    log(
      `${server.kind}, ${editors} editors: ` +
        (result === null
          ? `FAILED: ${error ?? ''}`
          : `p50 ${ms(result.latency.p50)} ms, p99 ${ms(result.latency.p99)} ms, max ${ms(result.latency.max)} ms, ` +
            `server CPU ${result.serverCpuPer1000.toFixed(0)} ms/1000 updates, ` +
            `other load ${result.otherLoadPercent.toFixed(0)}% of a core`) +
        (stop.dataBytes === null ? '' : `; DATA_DIR ${(stop.dataBytes / 1024).toFixed(0)} KiB after stop`),
    );
    for (const line of server.process.logLines.slice(0, 20)) log(`  ${server.kind} log: ${line}`);
  }
  return cells;
}

async function main(): Promise<number> {
  const config = parseConfig(process.argv.slice(2));
  if (config.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (config.servers.includes('ours') && !ourServerExists(repoRoot)) {
    log(`${relative(repoRoot, ourServerEntry(repoRoot))} does not exist yet; run with --servers reference`);
    return 2;
  }
  const machine = describeMachine();
  const startedAt = new Date();
  const cells: RunCell[] = [];
  for (const [i, editors] of config.editorCounts.entries()) {
    // Alternate which server connects and warms up first, so neither always gets the fresher machine.
    const kinds = i % 2 === 0 ? config.servers : [...config.servers].reverse();
    log(`${editors} editors: ${kinds.join(' and ')}, ${config.rounds} interleaved rounds …`);
    cells.push(...(await runScenarioCells(editors, kinds, config)));
  }
  // Rows in a fixed order (reference before ours) whatever order they ran in.
  cells.sort((a, b) => a.editors - b.editors || config.servers.indexOf(a.server) - config.servers.indexOf(b.server));

  const results = renderResults(cells, config, machine, startedAt);
  process.stdout.write(`${results}\n`);
  if (config.writeDoc) {
    const existing = await readFile(docPath, 'utf8').catch(() => null);
    await writeFile(docPath, spliceResults(existing, results));
    log(`updated ${relative(repoRoot, docPath)}`);
  } else {
    log(`${relative(repoRoot, docPath)} not updated (needs a run of both servers without --no-doc)`);
  }
  return cells.some((c) => c.result === null) ? 1 : 0;
}

main().then(
  (code) => {
    // Providers and timers of a failed scenario must not keep the process alive.
    process.exit(code);
  },
  (error: unknown) => {
    log(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  },
);
