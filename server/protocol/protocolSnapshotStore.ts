import * as Y from 'yjs';
import { extractProtocol } from '../../shared/protocol/extractProtocol';
import type { HistoryAuthor } from '../../shared/api/history';
import type { Db } from '../db/openDatabase';
import type { Logger } from '../logger';
import type { MeetingStore } from '../meetings/meetingStore';
import type { DocumentStore, QuarantinedRow, StoredDocument } from '../persistence/documentStore';
import type { RoomStore } from '../persistence/roomStore';
import type { ProtocolRowStore } from './protocolRowStore';

/**
 * The store rooms write through: every snapshot also derives the structured
 * protocol and writes its rows in the same SQLite transaction, so the rows
 * always describe a stored state of the document. Extraction runs before
 * the transaction opens (it is CPU work, no I/O) and only at compaction.
 */
export class ProtocolSnapshotStore implements RoomStore {
  constructor(
    private readonly db: Db,
    private readonly documents: DocumentStore,
    private readonly rows: ProtocolRowStore,
    private readonly meetings: MeetingStore,
    private readonly log: Logger,
  ) {}

  load(meetingId: string): StoredDocument {
    return this.documents.load(meetingId);
  }

  append(meetingId: string, update: Uint8Array, by?: HistoryAuthor): number {
    return this.documents.append(meetingId, update, by);
  }

  remove(updateId: number): void {
    this.documents.remove(updateId);
  }

  quarantine(meetingId: string, row: QuarantinedRow): void {
    this.documents.quarantine(meetingId, row);
  }

  replaceSnapshot(meetingId: string, row: QuarantinedRow, cleaned: Uint8Array): void {
    this.documents.replaceSnapshot(meetingId, row, cleaned);
  }

  snapshot(meetingId: string, doc: Y.Doc, upToUpdateId: number): number {
    const started = performance.now();
    const row = this.meetings.find(meetingId);
    const protocol = row ? extractProtocol(doc, row) : null;
    const extractMs = performance.now() - started;
    const state = Y.encodeStateAsUpdate(doc);
    this.db.transaction(() => {
      this.documents.compact(meetingId, state, upToUpdateId);
      if (protocol) this.rows.replace(meetingId, protocol);
    });
    this.log.debug('snapshot with protocol rows', { meetingId, extractMs, items: protocol?.items.length ?? 0 });
    if (protocol && protocol.problems.length > 0) {
      this.log.warn('document parts skipped by extraction', { meetingId, count: protocol.problems.length, first: protocol.problems.slice(0, 5) });
    }
    return state.length;
  }
}
