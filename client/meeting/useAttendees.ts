import { useSyncExternalStore } from 'react';
import type { Attendee } from '../../shared/protocol/types';
import { useMeetingData } from './useMeetingData';

/** The attendee list from the Y.Doc, re-rendering whenever anyone changes it. */
export function useAttendees(): Attendee[] {
  const { store } = useMeetingData();
  return useSyncExternalStore(store.subscribe, store.getAttendees);
}
