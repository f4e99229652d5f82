import * as Y from 'yjs';
import { EditorGroup } from './editors';
import { LatencyRecorder } from './latencyRecorder';
import { summarize } from './percentiles';
import type { Summary } from './percentiles';
import { cpuMsBetween, readProcessCpu, readSystemBusyMs } from './procCpu';
import type { BenchServer, ServerKind } from './servers';
import { driveAtFixedRate } from './typingLoad';

export interface ScenarioSpec {
  editors: number;
  warmupKeystrokes: number;
  /** Measured keystrokes per server, split evenly over the rounds. */
  keystrokes: number;
  rounds: number;
  ratePerSecond: number;
}

export interface ScenarioResult {
  server: ServerKind;
  editors: number;
  latency: Summary;
  keystrokes: number;
  deliveries: { received: number; expected: number };
  serverCpuMs: number;
  /** Server user+system CPU ms per 1000 incoming document updates (one per keystroke). */
  serverCpuPer1000: number;
  /** The same for the bench process, which hosts every editor of both servers. */
  clientCpuPer1000: number;
  /** Wall time of the measured typing, all rounds together. */
  measuredMs: number;
  /**
   * CPU used by processes other than the servers and the bench, in percent
   * of one core, during this server's measurement: noise a quiet machine lacks.
   */
  otherLoadPercent: number;
  maxLagMs: number;
  /** Sockets dropped after sync, rounds cut short: a healthy run has none. */
  problems: string[];
}

/** Per server: its result, or why there is none. */
export interface ScenarioOutcome {
  server: BenchServer;
  result: ScenarioResult | null;
  error: string | null;
}

const CONNECT_TIMEOUT_MS = 30_000;
/** Time allowed after the last keystroke of a round for it to reach every peer. */
const DRAIN_TIMEOUT_MS = 15_000;

/** Text typed round-robin: realistic letters, spaces and punctuation. */
const SAMPLE = 'Styrelsen beslutade att godkänna protokollet. Mötet förklarades öppnat. ';

/** One server's editors and what was measured on them so far. */
class Contender {
  readonly recorder = new LatencyRecorder();
  group: EditorGroup | null = null;
  error: string | null = null;
  /** Why this server's remaining rounds were skipped; its figures so far still count. */
  halted: string | null = null;
  measuring = false;
  private typed = 0;
  serverCpuMs = 0;
  clientCpuMs = 0;
  otherMs = 0;
  elapsedMs = 0;
  measuredMs = 0;
  maxLagMs = 0;
  keystrokes = 0;
  delivered = 0;
  expected = 0;

  constructor(readonly server: BenchServer) {}

  get active(): boolean {
    return this.error === null && this.halted === null && this.group !== null;
  }

  fail(error: unknown): void {
    this.error ??= error instanceof Error ? error.message : String(error);
  }

  /** Editors take turns, like people taking the floor one after another. */
  readonly keystroke = (i: number): void => {
    const editors = this.group?.editors ?? [];
    const editor = editors[i % editors.length];
    if (editor?.text == null) throw new Error('editor without a paragraph');
    const sentAt = performance.now();
    editor.text.insert(editor.text.length, SAMPLE[this.typed++ % SAMPLE.length] as string);
    this.recorder.recordSent(editor.doc, Y.getState(editor.doc.store, editor.doc.clientID), sentAt, this.measuring);
  };
}

function assertRunning(server: BenchServer): void {
  const exit = server.process.exit;
  if (exit !== null) throw new Error(`server exited (code ${exit.code}, signal ${exit.signal})`);
}

/**
 * One scenario on all servers, side by side: each gets its own room and
 * editors, is warmed up (not measured; lets both JIT and allocate), and then
 * the servers take turns in rounds of typing, alternating which goes first.
 * Interleaving spreads any disturbance of a shared machine over all servers
 * instead of letting it land on whichever happened to run at that moment.
 * Server CPU is read from /proc around each of its rounds only.
 */
export async function runScenario(servers: readonly BenchServer[], spec: ScenarioSpec): Promise<ScenarioOutcome[]> {
  const contenders = servers.map((server) => new Contender(server));
  try {
    for (const c of contenders) {
      try {
        const access = await c.server.openRoom(`${spec.editors}-editors`);
        c.group = await EditorGroup.connect(access, spec.editors, CONNECT_TIMEOUT_MS);
        await c.group.createParagraphs(CONNECT_TIMEOUT_MS);
        for (const { doc } of c.group.editors) c.recorder.attach(doc);
      } catch (error) {
        c.fail(error);
      }
    }
    for (const c of contenders) {
      if (!c.active) continue;
      try {
        await driveAtFixedRate(spec.warmupKeystrokes, spec.ratePerSecond, c.keystroke);
        if (!(await c.recorder.waitUntilDelivered(DRAIN_TIMEOUT_MS))) {
          throw new Error(`warm-up: ${c.recorder.outstanding} of ${c.recorder.expectedCount} deliveries missing`);
        }
        assertRunning(c.server);
      } catch (error) {
        c.fail(error);
      }
    }
    for (let round = 0; round < spec.rounds; round++) {
      const count = Math.floor(spec.keystrokes / spec.rounds) + (round < spec.keystrokes % spec.rounds ? 1 : 0);
      const order = round % 2 === 0 ? contenders : [...contenders].reverse();
      for (const c of order) {
        if (!c.active) continue;
        try {
          await measureRound(c, contenders, count, spec.ratePerSecond);
        } catch (error) {
          c.fail(error);
        }
      }
    }
    return contenders.map((c) => ({
      server: c.server,
      result: c.error === null ? resultOf(c, spec.editors) : null,
      error: c.error,
    }));
  } finally {
    for (const c of contenders) {
      c.recorder.dispose();
      c.group?.destroy();
    }
  }
}

async function measureRound(c: Contender, all: readonly Contender[], count: number, rate: number): Promise<void> {
  const others = all.filter((o) => o !== c && o.server.process.exit === null);
  const cpu = (server: BenchServer): number => {
    const t = readProcessCpu(server.process.pid);
    return t.userMs + t.systemMs;
  };
  const deliveredBefore = c.recorder.deliveredCount;
  const expectedBefore = c.recorder.expectedCount;
  c.measuring = true;
  const serverBefore = readProcessCpu(c.server.process.pid);
  const othersBefore = others.map((o) => cpu(o.server));
  const clientBefore = process.cpuUsage();
  const systemBefore = readSystemBusyMs();
  const startedAt = performance.now();

  const drive = await driveAtFixedRate(count, rate, c.keystroke);
  await c.recorder.waitUntilDelivered(DRAIN_TIMEOUT_MS);

  assertRunning(c.server);
  const serverMs = cpuMsBetween(serverBefore, readProcessCpu(c.server.process.pid));
  const idleServersMs = others.reduce((sum, o, i) => sum + cpu(o.server) - (othersBefore[i] ?? 0), 0);
  const client = process.cpuUsage(clientBefore);
  const clientMs = (client.user + client.system) / 1000;
  const systemMs = readSystemBusyMs() - systemBefore;
  c.measuring = false;

  c.serverCpuMs += serverMs;
  c.clientCpuMs += clientMs;
  c.otherMs += Math.max(0, systemMs - serverMs - idleServersMs - clientMs);
  c.elapsedMs += performance.now() - startedAt;
  c.measuredMs += drive.durationMs;
  c.maxLagMs = Math.max(c.maxLagMs, drive.maxLagMs);
  c.keystrokes += count;
  c.delivered += c.recorder.deliveredCount - deliveredBefore;
  c.expected += c.recorder.expectedCount - expectedBefore;
  if (c.recorder.outstanding > 0) {
    // Later rounds would count these stragglers as their own, so this server's measurement ends here.
    c.halted = `${c.recorder.outstanding} deliveries still missing ${DRAIN_TIMEOUT_MS / 1000} s after a round; remaining rounds skipped`;
  }
}

function resultOf(c: Contender, editors: number): ScenarioResult {
  const perThousand = c.keystrokes / 1000;
  return {
    server: c.server.kind,
    editors,
    latency: summarize(c.recorder.samples),
    keystrokes: c.keystrokes,
    deliveries: { received: c.delivered, expected: c.expected },
    serverCpuMs: c.serverCpuMs,
    serverCpuPer1000: c.serverCpuMs / perThousand,
    clientCpuPer1000: c.clientCpuMs / perThousand,
    measuredMs: c.measuredMs,
    otherLoadPercent: c.elapsedMs > 0 ? (c.otherMs / c.elapsedMs) * 100 : 0,
    maxLagMs: c.maxLagMs,
    problems: [...(c.halted === null ? [] : [c.halted]), ...(c.group?.unexpectedCloses ?? [])],
  };
}
