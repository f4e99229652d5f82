import { describe, expect, it } from 'vitest';
import { cpuMsBetween, parseProcStatTicks, parseSystemBusyTicks, readProcessCpu } from './procCpu';

// A real line from Linux 6.x, with a command name containing ") (" to prove
// that the fields are counted from the last parenthesis.
const STAT =
  '4242 (node ) (x) S 4200 4242 4200 0 -1 4194560 9181 0 0 0 1234 567 0 0 20 0 11 0 ' +
  '123456 1173491712 17155 18446744073709551615 1 1 0 0 0 0 0 16781312 134235650 0 0 0 17 1 0 0 0 0 0';

describe('parseProcStatTicks', () => {
  it('reads utime and stime after the command name', () => {
    expect(parseProcStatTicks(STAT)).toEqual({ utime: 1234, stime: 567 });
  });

  it('rejects text that is not a stat line', () => {
    expect(() => parseProcStatTicks('no parenthesis here')).toThrow();
    expect(() => parseProcStatTicks('1 (x) S')).toThrow();
  });
});

describe('readProcessCpu', () => {
  it('reads this process and never goes backwards', () => {
    const before = readProcessCpu(process.pid);
    let x = 0;
    for (let i = 0; i < 1e6; i++) x += i;
    expect(x).toBeGreaterThan(0);
    const after = readProcessCpu(process.pid);
    expect(cpuMsBetween(before, after)).toBeGreaterThanOrEqual(0);
  });
});

describe('parseSystemBusyTicks', () => {
  it('sums everything but idle and iowait', () => {
    const stat = 'cpu  100 2 30 5000 40 5 6 7 0 0\ncpu0 50 1 15 2500 20 2 3 3 0 0\n';
    expect(parseSystemBusyTicks(stat)).toBe(100 + 2 + 30 + 5 + 6 + 7);
  });

  it('rejects text without the aggregate line', () => {
    expect(() => parseSystemBusyTicks('cpu0 1 2 3 4\n')).toThrow();
  });
});
