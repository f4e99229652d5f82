import { ms } from './report';
import type { ScenarioResult } from './scenario';
import type { ChildExit } from './serverProcess';

/** What is known about a server's process once its scenario is over. */
export interface ProcessOutcome {
  /** Set when it exited on its own before it was asked to stop. */
  crashed: ChildExit | null;
  stopExit: ChildExit;
  forcedKill: boolean;
  logLineCount: number;
  firstLogLine: string | null;
}

/** Other processes using more than this share of a core make the figures noisy. */
const NOISY_OTHER_LOAD_PERCENT = 30;
/** Behind-schedule keystrokes beyond this mean the bench process itself stalled. */
const STALLED_GENERATOR_MS = 50;

/** Everything a reader of the figures should know about one cell; empty when clean. */
export function cellNotes(result: ScenarioResult | null, proc: ProcessOutcome): string[] {
  const notes: string[] = [];
  if (result !== null) {
    const missing = result.deliveries.expected - result.deliveries.received;
    if (missing > 0) notes.push(`${missing} of ${result.deliveries.expected} deliveries never arrived`);
    for (const problem of result.problems.slice(0, 5)) notes.push(problem);
    if (result.problems.length > 5) notes.push(`… ${result.problems.length - 5} more problems`);
    if (result.otherLoadPercent > NOISY_OTHER_LOAD_PERCENT) {
      notes.push(
        `machine not quiet: processes other than the servers and the bench used ` +
          `${result.otherLoadPercent.toFixed(0)}% of a core during the measurement`,
      );
    }
    if (result.maxLagMs > STALLED_GENERATOR_MS) {
      notes.push(`load generator fell up to ${ms(result.maxLagMs)} ms behind schedule (bench process stalled)`);
    }
  }
  if (proc.crashed !== null) {
    notes.push(`server exited during the scenario (code ${proc.crashed.code}, signal ${proc.crashed.signal})`);
  } else if (proc.forcedKill) {
    notes.push('server ignored SIGTERM for 10 s and was killed');
  } else if (proc.stopExit.code !== 0 && proc.stopExit.signal !== 'SIGTERM') {
    notes.push(`server exited with code ${proc.stopExit.code} (signal ${proc.stopExit.signal}) after SIGTERM`);
  }
  if (proc.logLineCount > 0) {
    notes.push(`server wrote ${proc.logLineCount} log line(s), first: \`${(proc.firstLogLine ?? '').slice(0, 300)}\``);
  }
  return notes;
}
