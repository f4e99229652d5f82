import * as Y from 'yjs';
import type { HistoryAuthor, HistoryLabel } from '../../shared/api/history';
import { errorFields, type Logger } from '../logger';
import type { DocumentStore } from '../persistence/documentStore';
import type { HistoryStore } from './historyStore';
import { historySource, replayHistory } from './replayHistory';

/** Meetings whose count of updates since their last checkpoint is kept in memory; past it the counts start over from the database. */
const COUNTED_MEETINGS = 10_000;

/**
 * Records a meeting's checkpoints: before its first edit, one after every
 * `every` updates (so a replay never has more than that many rows to apply
 * after a filled checkpoint), and the workflow's (review, decline, lock)
 * when the adjustment service marks them. A checkpoint's row is written at
 * once, in the caller's tick (and transaction), so it names exactly the
 * update it stands after; its state is filled in on a later turn of the
 * event loop, off the update path.
 */
export class HistoryRecorder {
  /** Per meeting: updates stored since its last checkpoint. */
  private readonly since = new Map<string, number>();
  private readonly filling = new Set<string>();

  constructor(
    private readonly history: HistoryStore,
    private readonly documents: Pick<DocumentStore, 'historyBase'>,
    private readonly every: number,
    private readonly log: Logger,
  ) {}

  /** Told of every update a room stored. */
  appended(meetingId: string, updateId: number, by: HistoryAuthor): void {
    let count = this.since.get(meetingId);
    if (count === undefined) {
      const last = this.history.lastCheckpointUpTo(meetingId);
      if (last === null) {
        // The document as it was before anyone changed it; this update is the first edit.
        this.history.record(meetingId, 'firstEdit', this.history.latestUpdateIdBefore(meetingId, updateId), by);
        this.scheduleFill(meetingId);
        count = 1;
      } else {
        count = this.history.countAfter(meetingId, last);
      }
      if (this.since.size >= COUNTED_MEETINGS) this.since.clear();
    } else {
      count += 1;
    }
    if (count >= this.every) {
      this.history.record(meetingId, 'periodic', updateId, { name: null, role: null });
      this.scheduleFill(meetingId);
      count = 0;
    }
    this.since.set(meetingId, count);
  }

  /** Records a workflow checkpoint at the meeting's newest stored update; call it inside the step's transaction. */
  mark(meetingId: string, label: HistoryLabel, by: HistoryAuthor): number {
    const id = this.history.record(meetingId, label, this.history.latestUpdateId(meetingId), by);
    this.since.set(meetingId, 0);
    this.scheduleFill(meetingId);
    return id;
  }

  /** Fills in the state of every checkpoint of the meeting that lacks one (each replay starts from the one before). */
  fill(meetingId: string): void {
    for (const checkpoint of this.history.unfilled(meetingId)) {
      const { doc, problems } = replayHistory(historySource(this.history, this.documents), meetingId, checkpoint.upToUpdateId);
      try {
        for (const problem of problems) this.log.warn('a stored update does not replay', { meetingId, ...problem });
        this.history.fill(checkpoint.id, Y.encodeStateAsUpdate(doc));
      } finally {
        doc.destroy();
      }
    }
  }

  private scheduleFill(meetingId: string): void {
    if (this.filling.has(meetingId)) return;
    this.filling.add(meetingId);
    setImmediate(() => {
      this.filling.delete(meetingId);
      try {
        this.fill(meetingId);
      } catch (error) {
        // A replay then starts from an earlier checkpoint: slower, not wrong.
        this.log.warn('could not fill in a history checkpoint', { meetingId, ...errorFields(error) });
      }
    });
  }
}
