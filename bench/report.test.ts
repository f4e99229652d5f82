import { describe, expect, it } from 'vitest';
import { formatComparisonTable, formatResultsTable, ms } from './report';
import type { RunCell } from './report';
import type { ScenarioResult } from './scenario';

function result(server: 'ours' | 'reference', p50: number, p99: number, cpu: number): ScenarioResult {
  return {
    server,
    editors: 10,
    latency: { count: 900, p50, p99, max: p99 * 2 },
    keystrokes: 100,
    deliveries: { received: 900, expected: 900 },
    serverCpuMs: cpu / 10,
    serverCpuPer1000: cpu,
    clientCpuPer1000: 50,
    measuredMs: 1000,
    otherLoadPercent: 0,
    maxLagMs: 1,
    problems: [],
  };
}

const cells: RunCell[] = [
  { editors: 10, server: 'reference', result: result('reference', 1, 4, 200), error: null, notes: [] },
  { editors: 10, server: 'ours', result: result('ours', 1.5, 12, 500), error: null, notes: [] },
  { editors: 50, server: 'ours', result: null, error: 'crashed | badly', notes: [] },
];

describe('report tables', () => {
  it('formats small latencies with two decimals and missing ones as a dash', () => {
    expect(ms(0.456)).toBe('0.46');
    expect(ms(123.45)).toBe('123.5');
    expect(ms(Number.NaN)).toBe('–');
  });

  it('prints one row per cell and keeps a failure inside its row', () => {
    const table = formatResultsTable(cells).split('\n');
    expect(table).toHaveLength(5);
    expect(table[3]).toContain('| 10 | ours | 1.50 | 12.0 | 24.0 | 100 | 900/900 | 500 | 50 |');
    expect(table[4]).toContain('failed: crashed / badly');
  });

  it('compares only scenarios both servers completed', () => {
    const table = formatComparisonTable(cells)?.split('\n') ?? [];
    expect(table).toHaveLength(3);
    expect(table[2]).toBe('| 10 | 1.50× | 3.00× | +8.00 | 2.50× |');
    expect(formatComparisonTable(cells.slice(0, 1))).toBeNull();
  });
});
