import type * as Y from 'yjs';
import type { HistoryAuthor } from '../../shared/api/history';
import { errorFields, type Logger } from '../logger';
import type { QuarantinedRow, StoredDocument } from '../persistence/documentStore';
import type { RoomStore } from '../persistence/roomStore';
import type { HistoryRecorder } from './historyRecorder';

/** A room's store that also tells the history recorder of every stored update (for the first-edit and periodic checkpoints). */
export class HistoryRecordingStore implements RoomStore {
  constructor(
    private readonly inner: RoomStore,
    private readonly recorder: Pick<HistoryRecorder, 'appended'>,
    private readonly log: Logger,
  ) {}

  append(meetingId: string, update: Uint8Array, by: HistoryAuthor = { name: null, role: null }): number {
    const id = this.inner.append(meetingId, update, by);
    try {
      this.recorder.appended(meetingId, id, by);
    } catch (error) {
      // The update is stored, and that is what the sender waits for; a missed checkpoint only makes a replay longer.
      this.log.warn('could not record a history checkpoint', { meetingId, ...errorFields(error) });
    }
    return id;
  }

  load(meetingId: string): StoredDocument {
    return this.inner.load(meetingId);
  }

  remove(updateId: number): void {
    this.inner.remove(updateId);
  }

  quarantine(meetingId: string, row: QuarantinedRow): void {
    this.inner.quarantine(meetingId, row);
  }

  replaceSnapshot(meetingId: string, row: QuarantinedRow, cleaned: Uint8Array): void {
    this.inner.replaceSnapshot(meetingId, row, cleaned);
  }

  snapshot(meetingId: string, doc: Y.Doc, upToUpdateId: number): number {
    return this.inner.snapshot(meetingId, doc, upToUpdateId);
  }
}
