import { extractProtocol, type ExtractOptions, type MeetingRecord } from '../../shared/protocol/extractProtocol';
import type { StructuredProtocol } from '../../shared/protocol/types';
import type { RoomManager } from '../collab/roomManager';
import type { MeetingStore } from '../meetings/meetingStore';
import type { DocumentStore } from '../persistence/documentStore';

/**
 * Reads a meeting's structured protocol as it stands: from the open room's
 * document when the meeting is being edited (the rows lag until the next
 * snapshot), else from the stored document. An adjusted protocol is always
 * read from the bytes its lock stored, checked against their SHA-256: a
 * mismatch throws IntegrityFailure instead of serving them as adjusted.
 */
export class ProtocolReader {
  constructor(
    private readonly meetings: MeetingStore,
    private readonly documents: DocumentStore,
    private readonly rooms: RoomManager,
  ) {}

  /** The protocol, or null for an unknown meeting. */
  read(meetingId: string, options: ExtractOptions = {}): StructuredProtocol | null {
    const row = this.meetings.find(meetingId);
    if (!row) return null;
    const room = this.rooms.peek(meetingId);
    if (row.state !== 'adjusted' && room && !room.isDestroyed) return extractProtocol(room.doc, row, options);
    const doc = this.documents.loadDoc(meetingId);
    try {
      return extractProtocol(doc, row, options);
    } finally {
      doc.destroy();
    }
  }

  /**
   * The meeting's record and its document as stored updates, without decoding
   * them: every update is in SQLite before a room applies it, so this is the
   * live state too. Null for an unknown meeting.
   */
  readStored(meetingId: string): { record: MeetingRecord; updates: Uint8Array[] } | null {
    const row = this.meetings.find(meetingId);
    if (!row) return null;
    const stored = this.documents.loadVerified(meetingId);
    const { id, title, kind, body, startsAt, place, state, firstParagraph } = row;
    return {
      record: { id, title, kind, body, startsAt, place, state, firstParagraph },
      updates: [...(stored.snapshot ? [stored.snapshot] : []), ...stored.updates.map((update) => update.data)],
    };
  }

  /** The protocol of an open room only; null when the meeting is not being edited (an adjusted one never is). */
  readLive(meetingId: string): StructuredProtocol | null {
    const room = this.rooms.peek(meetingId);
    return room && !room.isDestroyed && room.state !== 'adjusted' ? this.read(meetingId) : null;
  }
}
