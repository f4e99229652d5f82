import type * as Y from 'yjs';
import { META_MAP } from '../../shared/protocol/docNames';
import type { Attendee, MeetingMeta } from '../../shared/protocol/types';
import { observeAttendees, observeMeta, readAttendees, readMeta } from '../../shared/protocol/yDocMeta';

/** Meeting data and attendees of one Y.Doc as immutable snapshots, for useSyncExternalStore. */
export interface MeetingDataStore {
  doc: Y.Doc;
  getMeta: () => MeetingMeta;
  getAttendees: () => Attendee[];
  subscribe: (listener: () => void) => () => void;
}

/**
 * `fallback` is shown while the document has no meeting data at all (a
 * meeting created before the server seeded it, or not yet synced).
 */
export function createMeetingDataStore(doc: Y.Doc, fallback: MeetingMeta): MeetingDataStore {
  const listeners = new Set<() => void>();
  const readCurrentMeta = () => (doc.getMap(META_MAP).size === 0 ? fallback : readMeta(doc));
  let meta = readCurrentMeta();
  let attendees = readAttendees(doc);
  const notify = () => listeners.forEach((listener) => listener());
  observeMeta(doc, () => {
    meta = readCurrentMeta();
    notify();
  });
  observeAttendees(doc, () => {
    attendees = readAttendees(doc);
    notify();
  });
  return {
    doc,
    getMeta: () => meta,
    getAttendees: () => attendees,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
