import { parseArgs } from 'node:util';
import { SERVER_KINDS } from './servers';
import type { ServerKind } from './servers';

export interface BenchConfig {
  editorCounts: number[];
  servers: ServerKind[];
  warmupKeystrokes: number;
  keystrokes: number;
  rounds: number;
  ratePerSecond: number;
  /** docs/benchmarks.md is only rewritten from a run of both servers. */
  writeDoc: boolean;
  help: boolean;
}

export const USAGE = `npm run bench -- [options]
  --editors 2,10,50           editors per meeting, one scenario each
  --servers reference,ours    servers to compare (docs are written only when both ran)
  --keystrokes 2500           measured keystrokes per scenario and server
  --rounds 5                  the servers take turns this many times per scenario
  --warmup 300                unmeasured keystrokes before each measurement
  --rate 100                  aggregate keystrokes per second
  --no-doc                    print only, leave docs/benchmarks.md alone
  --help                      this text`;

function positiveInt(name: string, raw: string): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} must be a positive integer, got "${raw}"`);
  return value;
}

export function parseConfig(argv: readonly string[]): BenchConfig {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      editors: { type: 'string', default: '2,10,50' },
      servers: { type: 'string', default: SERVER_KINDS.join(',') },
      keystrokes: { type: 'string', default: '2500' },
      warmup: { type: 'string', default: '300' },
      rounds: { type: 'string', default: '5' },
      rate: { type: 'string', default: '100' },
      'no-doc': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  const editorCounts = values.editors.split(',').map((s) => positiveInt('editors', s.trim()));
  if (editorCounts.some((n) => n < 2)) throw new Error('--editors: a scenario needs at least 2 editors');
  const servers = values.servers.split(',').map((s) => s.trim());
  for (const s of servers) {
    if (!(SERVER_KINDS as readonly string[]).includes(s)) {
      throw new Error(`--servers: unknown server "${s}" (known: ${SERVER_KINDS.join(', ')})`);
    }
  }
  const kinds = SERVER_KINDS.filter((k) => servers.includes(k));
  return {
    editorCounts,
    servers: kinds,
    warmupKeystrokes: positiveInt('warmup', values.warmup),
    keystrokes: positiveInt('keystrokes', values.keystrokes),
    rounds: positiveInt('rounds', values.rounds),
    ratePerSecond: positiveInt('rate', values.rate),
    writeDoc: !values['no-doc'] && SERVER_KINDS.every((k) => kinds.includes(k)),
    help: values.help,
  };
}
