import type * as Y from 'yjs';
import type { DocumentStore } from '../persistence/documentStore';
import type { RoomManager } from './roomManager';

/**
 * Runs `use` on a meeting's live document when its room is open, else on
 * the stored one (loaded for this call and destroyed after): a read does
 * not open a room, and a decision taken in the open room's tick sees
 * exactly what its clients have been sent.
 */
export function withMeetingDoc<T>(rooms: RoomManager, documents: DocumentStore, meetingId: string, use: (doc: Y.Doc) => T): T {
  const room = rooms.peek(meetingId);
  if (room && !room.isDestroyed) return use(room.doc);
  const doc = documents.loadDoc(meetingId);
  try {
    return use(doc);
  } finally {
    doc.destroy();
  }
}
