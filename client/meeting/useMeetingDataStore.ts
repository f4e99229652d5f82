import { useMemo } from 'react';
import type * as Y from 'yjs';
import type { MeetingMeta } from '../../shared/protocol/types';
import { createMeetingDataStore } from './meetingDataStore';
import type { MeetingDataStore } from './meetingDataStore';

/**
 * One store per Y.Doc. Its observers live as long as the doc (the session
 * destroys both), so StrictMode's double effects cannot leave it detached.
 */
export function useMeetingDataStore(doc: Y.Doc, fallback: MeetingMeta): MeetingDataStore {
  // The fallback only matters before the first sync; a later one must not rebuild the store.
  return useMemo(() => createMeetingDataStore(doc, fallback), [doc]);
}
