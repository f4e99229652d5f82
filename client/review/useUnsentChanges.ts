import { useEffect, useRef } from 'react';
import type { CollabSession } from '../collab/createCollabSession';
import type { UnsentChangesTracker } from './unsentChangesTracker';
import { trackUnsentChanges } from './unsentChangesTracker';

/** A getter, read at the moment of approving: whether this copy holds edits the server may lack. */
export function useUnsentChanges(session: CollabSession): () => boolean {
  const tracker = useRef<UnsentChangesTracker | null>(null);
  useEffect(() => {
    const created = trackUnsentChanges(session.doc, session.provider);
    tracker.current = created;
    return () => {
      created.destroy();
      tracker.current = null;
    };
  }, [session]);
  return () => tracker.current?.hasUnsent() ?? false;
}
