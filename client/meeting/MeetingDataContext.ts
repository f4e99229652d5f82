import { createContext } from 'react';
import type { MeetingDataStore } from './meetingDataStore';

export interface MeetingDataValue {
  store: MeetingDataStore;
  /** Whether this browser may change the meeting now (role, lock, connection). */
  editable: boolean;
}

/** The open meeting's live data; node views reach it through their portals. */
export const MeetingDataContext = createContext<MeetingDataValue | null>(null);
