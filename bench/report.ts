import type { ScenarioResult } from './scenario';
import type { ServerKind } from './servers';

/** One scenario on one server: its figures, or why there are none, plus anything odd. */
export interface RunCell {
  editors: number;
  server: ServerKind;
  result: ScenarioResult | null;
  error: string | null;
  /** Observations worth a reader's attention: server log lines, dropped sockets, unclean exits. */
  notes: string[];
}

/** ms with two decimals below 10 ms (loopback latencies), one above. */
export function ms(value: number): string {
  if (!Number.isFinite(value)) return '–';
  return value < 10 ? value.toFixed(2) : value.toFixed(1);
}

function ratio(ours: number, reference: number): string {
  if (!Number.isFinite(ours) || !Number.isFinite(reference) || reference <= 0) return '–';
  return `${(ours / reference).toFixed(2)}×`;
}

export function formatResultsTable(cells: readonly RunCell[]): string {
  const lines = [
    '| editors | server | p50 ms | p99 ms | max ms | keystrokes | deliveries (received/expected) | server CPU ms / 1000 updates | bench-client CPU ms / 1000 updates |',
    '|---:|---|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const cell of cells) {
    const r = cell.result;
    if (r === null) {
      lines.push(`| ${cell.editors} | ${cell.server} | failed: ${(cell.error ?? 'unknown').replaceAll('|', '/').replaceAll('\n', ' ').slice(0, 160)} | | | | | | |`);
      continue;
    }
    lines.push(
      `| ${r.editors} | ${r.server} | ${ms(r.latency.p50)} | ${ms(r.latency.p99)} | ${ms(r.latency.max)} | ` +
        `${r.keystrokes} | ${r.deliveries.received}/${r.deliveries.expected} | ` +
        `${r.serverCpuPer1000.toFixed(0)} | ${r.clientCpuPer1000.toFixed(0)} |`,
    );
  }
  return lines.join('\n');
}

/** ours ÷ reference per scenario: above 1× means ours is slower or costlier. */
export function formatComparisonTable(cells: readonly RunCell[]): string | null {
  const lines = [
    '| editors | p50 ours ÷ reference | p99 ours ÷ reference | p99 difference ms | server CPU ours ÷ reference |',
    '|---:|---:|---:|---:|---:|',
  ];
  const editorCounts = [...new Set(cells.map((c) => c.editors))];
  let rows = 0;
  for (const editors of editorCounts) {
    const find = (server: ServerKind): ScenarioResult | null =>
      cells.find((c) => c.editors === editors && c.server === server)?.result ?? null;
    const ours = find('ours');
    const reference = find('reference');
    if (ours === null || reference === null) continue;
    rows++;
    const diff = ours.latency.p99 - reference.latency.p99;
    lines.push(
      `| ${editors} | ${ratio(ours.latency.p50, reference.latency.p50)} | ${ratio(ours.latency.p99, reference.latency.p99)} | ` +
        `${diff >= 0 ? '+' : '−'}${ms(Math.abs(diff))} | ${ratio(ours.serverCpuPer1000, reference.serverCpuPer1000)} |`,
    );
  }
  return rows === 0 ? null : lines.join('\n');
}

/** Everything odd that happened, per cell; empty when the run was clean. */
export function formatNotes(cells: readonly RunCell[]): string[] {
  const out: string[] = [];
  for (const cell of cells) {
    for (const note of cell.notes) out.push(`${cell.server}, ${cell.editors} editors: ${note}`);
  }
  return out;
}
