import * as Y from 'yjs';
import { clocksBefore, integratedAsWritten } from '../integratedAsWritten';
import { updateAddsNothing } from '../updateAddsNothing';
import { inspectUpdate } from '../updateCheck';
import type { VetVerdict } from './vetMessages';

/**
 * Everything the room would check about `update`, done on a copy of the
 * room's document: whether it adds anything, whether it passes the checks
 * before storing, how long Yjs takes to apply it, and whether it then sits
 * where its origins say. The update is applied to `copy` (`applied` says
 * whether anything was; the caller keeps or rebuilds the copy). Every
 * answer only holds more firmly as the room's document grows (it only ever
 * gains content, and list order never changes), so the room may take the
 * verdict although others' keystrokes were applied meanwhile.
 */
export function vetUpdate(copy: Y.Doc, update: Uint8Array): { verdict: VetVerdict; applied: boolean } {
  // Malformed bytes first: Yjs would read a zero-length struct as adding nothing.
  const checked = inspectUpdate(copy, update);
  if (checked.problem === 'malformed') return refused('malformed', false);
  if (updateAddsNothing(copy, update)) return { verdict: { addsNothing: true, problem: null, applyMs: 0 }, applied: false };
  if (checked.problem) return refused(checked.problem, false);
  const before = clocksBefore(copy, checked.structs);
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  try {
    Y.applyUpdate(copy, update);
  } catch {
    return refused('malformed', true);
  }
  // The cost is what Yjs spent, not how long other processes kept the cores: on a busy
  // machine the wall time of an honest paste can pass the budget while its CPU time does not.
  // cpuUsage counts the whole process (this thread and the main one), so it never undercounts.
  const cpu = process.cpuUsage(cpuBefore);
  const applyMs = Math.min(performance.now() - started, (cpu.user + cpu.system) / 1000);
  if (!integratedAsWritten(copy, checked.structs, before)) return refused('malformed', true);
  return { verdict: { addsNothing: false, problem: null, applyMs }, applied: true };
}

function refused(problem: NonNullable<VetVerdict['problem']>, applied: boolean): { verdict: VetVerdict; applied: boolean } {
  return { verdict: { addsNothing: false, problem, applyMs: 0 }, applied };
}
