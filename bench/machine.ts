import { readFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, release, totalmem } from 'node:os';

export interface MachineInfo {
  cpuModel: string;
  cores: number;
  ramGiB: number;
  node: string;
  kernel: string;
  /** 1-minute load average when the run started; well above 0 means the figures compete with other work. */
  loadAverage: number;
}

/** What the figures were measured on (call it before the run); they mean nothing without it. */
export function describeMachine(): MachineInfo {
  let cpuModel = cpus()[0]?.model ?? 'unknown';
  try {
    const match = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (match?.[1] !== undefined) cpuModel = match[1].trim();
  } catch {
    // Not Linux: os.cpus() already gave the best answer there is.
  }
  return {
    cpuModel,
    cores: availableParallelism(),
    ramGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    kernel: `Linux ${release()}`,
    loadAverage: loadavg()[0] ?? Number.NaN,
  };
}
