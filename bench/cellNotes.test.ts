import { describe, expect, it } from 'vitest';
import { cellNotes } from './cellNotes';
import type { ProcessOutcome } from './cellNotes';
import type { ScenarioResult } from './scenario';

const clean: ScenarioResult = {
  server: 'ours',
  editors: 2,
  latency: { count: 10, p50: 1, p99: 2, max: 3 },
  keystrokes: 10,
  deliveries: { received: 10, expected: 10 },
  serverCpuMs: 5,
  serverCpuPer1000: 500,
  clientCpuPer1000: 500,
  measuredMs: 100,
  otherLoadPercent: 5,
  maxLagMs: 2,
  problems: [],
};
const cleanExit: ProcessOutcome = {
  crashed: null,
  stopExit: { code: 0, signal: null },
  forcedKill: false,
  logLineCount: 0,
  firstLogLine: null,
};

describe('cellNotes', () => {
  it('has nothing to say about a clean cell, including death by SIGTERM', () => {
    expect(cellNotes(clean, cleanExit)).toEqual([]);
    expect(cellNotes(clean, { ...cleanExit, stopExit: { code: null, signal: 'SIGTERM' } })).toEqual([]);
  });

  it('reports lost deliveries, noise, stalls and problems', () => {
    const notes = cellNotes(
      { ...clean, deliveries: { received: 7, expected: 10 }, otherLoadPercent: 80, maxLagMs: 300, problems: ['closed 1006'] },
      cleanExit,
    );
    expect(notes).toEqual([
      '3 of 10 deliveries never arrived',
      'closed 1006',
      expect.stringContaining('80% of a core'),
      expect.stringContaining('300.0 ms behind'),
    ]);
  });

  it('reports crashes, hangs, bad exit codes and log output', () => {
    expect(cellNotes(null, { ...cleanExit, crashed: { code: 1, signal: null } })).toEqual([
      'server exited during the scenario (code 1, signal null)',
    ]);
    expect(cellNotes(null, { ...cleanExit, forcedKill: true, stopExit: { code: null, signal: 'SIGKILL' } })).toEqual([
      'server ignored SIGTERM for 10 s and was killed',
    ]);
    expect(cellNotes(clean, { ...cleanExit, stopExit: { code: 1, signal: null }, logLineCount: 2, firstLogLine: 'stderr| boom' })).toEqual([
      'server exited with code 1 (signal null) after SIGTERM',
      'server wrote 2 log line(s), first: `stderr| boom`',
    ]);
  });
});
