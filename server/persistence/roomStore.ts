import type * as Y from 'yjs';
import type { HistoryAuthor } from '../../shared/api/history';
import type { QuarantinedRow, StoredDocument } from './documentStore';

/** What a room needs from storage: load, the append log, and snapshots (with whatever is derived from them). */
export interface RoomStore {
  load(meetingId: string): StoredDocument;
  /** Appends one update durably, with who sent it (the history shows them), and returns its id. */
  append(meetingId: string, update: Uint8Array, by?: HistoryAuthor): number;
  /** Takes back an update that was appended but could not be applied. */
  remove(updateId: number): void;
  /** Sets a stored row that does not load aside, out of the document. */
  quarantine(meetingId: string, row: QuarantinedRow): void;
  /** Replaces a snapshot's bytes, keeping the original aside (see DocumentStore.replaceSnapshot). */
  replaceSnapshot(meetingId: string, row: QuarantinedRow, cleaned: Uint8Array): void;
  /** Writes the document as a snapshot of the log up to upToUpdateId (the log is kept as history); returns its size in bytes, throws if nothing was written. */
  snapshot(meetingId: string, doc: Y.Doc, upToUpdateId: number): number;
}
