import { describe, expect, it } from 'vitest';
import { killRounds } from '../testing/killRounds';

/** Printed, so a failing round can be run again with KILL_SEED=<seed>. */
const SEED = Number(process.env.KILL_SEED ?? Date.now() % 1_000_000);

describe('a server process killed (SIGKILL) while people type', () => {
  it('has, after a restart on the same data, every update any peer had been relayed and all it said was saved: 10 rounds', async () => {
    console.info(`kill rounds seed ${SEED} (rerun with KILL_SEED=${SEED})`);
    const rounds = await killRounds({ rounds: 10, seed: SEED });
    // Each round must have exercised something, or it would prove nothing.
    for (const round of rounds) {
      expect(round.relayed, `round ${round.round}: nothing was relayed before the kill`).toBeGreaterThan(0);
      expect(round.saved, `round ${round.round}: nothing was said to be saved before the kill`).toBeGreaterThan(0);
    }
    expect(rounds.map((round) => ({ round: round.round, lostRelayed: round.lostRelayed, lostSaved: round.lostSaved }))).toEqual(
      rounds.map((round) => ({ round: round.round, lostRelayed: 0, lostSaved: 0 })),
    );
  }, 180_000);
});
