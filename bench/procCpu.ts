import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** CPU time a process has used so far, split as the kernel accounts it. */
export interface CpuTimes {
  userMs: number;
  systemMs: number;
}

/**
 * utime and stime (fields 14 and 15, in clock ticks) from the text of
 * /proc/<pid>/stat. Fields are counted after the last ')' because field 2,
 * the command name in parentheses, may itself contain spaces and ')'.
 */
export function parseProcStatTicks(stat: string): { utime: number; stime: number } {
  const close = stat.lastIndexOf(')');
  if (close < 0) throw new Error('unexpected /proc/<pid>/stat format: no ")"');
  // The remainder starts at field 3 (state), so field n is at index n - 3.
  const fields = stat.slice(close + 2).trim().split(/\s+/);
  const utime = Number(fields[14 - 3]);
  const stime = Number(fields[15 - 3]);
  if (!Number.isFinite(utime) || !Number.isFinite(stime)) {
    throw new Error('unexpected /proc/<pid>/stat format: utime/stime not numeric');
  }
  return { utime, stime };
}

let cachedTicksPerSecond: number | undefined;

/** USER_HZ; 100 on practically every Linux, but asked rather than assumed. */
function ticksPerSecond(): number {
  if (cachedTicksPerSecond === undefined) {
    try {
      const value = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
      cachedTicksPerSecond = Number.isFinite(value) && value > 0 ? value : 100;
    } catch {
      cachedTicksPerSecond = 100;
    }
  }
  return cachedTicksPerSecond;
}

/**
 * CPU time of another process (all its threads, so libuv's pool, worker
 * threads and the tsx loader thread count too). Reading /proc works the same
 * for any child regardless of what it runs, which keeps the two servers
 * comparable. Resolution is one clock tick (10 ms at USER_HZ 100).
 */
export function readProcessCpu(pid: number): CpuTimes {
  const { utime, stime } = parseProcStatTicks(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  const msPerTick = 1000 / ticksPerSecond();
  return { userMs: utime * msPerTick, systemMs: stime * msPerTick };
}

/** user + system milliseconds spent between two readings. */
export function cpuMsBetween(before: CpuTimes, after: CpuTimes): number {
  return after.userMs - before.userMs + (after.systemMs - before.systemMs);
}

/**
 * Busy CPU time of the whole machine (all cores) from the first line of
 * /proc/stat: everything except idle and iowait. Compared with the server's
 * and the bench's own CPU it shows whether other processes competed for the
 * cores during a measurement, which would make the figures noisy.
 */
export function parseSystemBusyTicks(procStat: string): number {
  const line = procStat.split('\n', 1)[0] ?? '';
  const fields = line.trim().split(/\s+/);
  if (fields[0] !== 'cpu') throw new Error('unexpected /proc/stat format: no aggregate cpu line');
  // user nice system idle iowait irq softirq steal; guest time is already inside user.
  const [user, nice, system, , , irq, softirq, steal] = fields.slice(1, 9).map(Number);
  const busy = [user, nice, system, irq, softirq, steal].reduce<number>((sum, v) => sum + (v ?? 0), 0);
  if (!Number.isFinite(busy)) throw new Error('unexpected /proc/stat format: non-numeric cpu line');
  return busy;
}

export function readSystemBusyMs(): number {
  return parseSystemBusyTicks(readFileSync('/proc/stat', 'utf8')) * (1000 / ticksPerSecond());
}
