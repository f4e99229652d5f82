import type { UpdateProblem } from '../updateCheck';

/** What the vetting worker found about one update. */
export interface VetVerdict {
  /** Applying it would change nothing (a reconnect's step 2 repeating what the room has). */
  addsNothing: boolean;
  /** Why the room must refuse it; 'tooCostly' when applying it took longer than the budget, or the worker ran out of time. */
  problem: UpdateProblem | 'tooCostly' | null;
  /** How long Yjs took to apply it to a copy of the room's document: about what the room will spend. */
  applyMs: number;
}

/** From the server to the worker, in order: each room's copy follows what the room applied. */
export type VetRequest =
  /** Starts (or replaces) the copy of a room's document from its whole state. */
  | { type: 'seed'; meetingId: string; state: Uint8Array }
  /** The room applied this update: the copy applies it too. */
  | { type: 'apply'; meetingId: string; update: Uint8Array }
  /** The room left memory or was rebuilt: the copy is dropped. */
  | { type: 'drop'; meetingId: string }
  /** Applies an update on trial to the room's copy and answers a verdict; a settle follows before anything else is vetted. */
  | { type: 'vet'; id: number; meetingId: string; update: Uint8Array }
  /** The room took the update last vetted (the copy keeps it) or did not (the copy is rebuilt without it). */
  | { type: 'settle'; meetingId: string; taken: boolean };

export type VetResponse = { type: 'ready' } | { type: 'verdict'; id: number; verdict: VetVerdict };
