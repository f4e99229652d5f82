import { useContext } from 'react';
import { MeetingDataContext } from './MeetingDataContext';
import type { MeetingDataValue } from './MeetingDataContext';

export function useMeetingData(): MeetingDataValue {
  const value = useContext(MeetingDataContext);
  if (!value) throw new Error('useMeetingData must be used inside <MeetingDataContext.Provider>');
  return value;
}
