import { useEffect, useState } from 'react';
import type { CollabSession } from './createCollabSession';
import { useSynced } from './useSynced';

/**
 * Whether the tab holds the meeting's document and may be written in: the
 * server's document has arrived, or the local copy holds one that once came
 * from the server in full. An empty or partial local copy never counts:
 * typing into it would send text built on nothing over everyone's.
 */
export function useDocumentReady(session: Pick<CollabSession, 'provider' | 'localCopy'>): boolean {
  const synced = useSynced(session.provider);
  const [fromCopy, setFromCopy] = useState(false);
  useEffect(() => {
    let current = true;
    void session.localCopy.loaded.then(({ hadSyncedCopy }) => {
      if (current && hadSyncedCopy) setFromCopy(true);
    });
    return () => {
      current = false;
    };
  }, [session.localCopy]);
  return synced || fromCopy;
}
