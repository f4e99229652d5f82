import { useSyncExternalStore } from 'react';
import type { MeetingMeta } from '../../shared/protocol/types';
import { useMeetingData } from './useMeetingData';

/** The meeting data from the Y.Doc, re-rendering whenever anyone changes it. */
export function useMeetingMeta(): MeetingMeta {
  const { store } = useMeetingData();
  return useSyncExternalStore(store.subscribe, store.getMeta);
}
