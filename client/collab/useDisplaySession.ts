import { useEffect, useMemo } from 'react';
import type { MeetingState } from '../../shared/meetingKind';
import type { CollabSession } from './createCollabSession';
import { lockedDisplayDoc } from './lockedDisplayDoc';

/**
 * The session the editor binds to: the live one, or for a protocol that was
 * already adjusted when the page opened, once it has arrived, a read-only
 * copy in the current shape (see lockedDisplayDoc). Null while a locked
 * protocol is still arriving, since binding the editor to it early would let
 * the editor act on the old shape. A protocol adjusted while the page is
 * open was converted by the server when its room loaded, before the lock.
 */
export function useDisplaySession(session: CollabSession, stateAtOpen: MeetingState, synced: boolean): Pick<CollabSession, 'doc' | 'provider'> | null {
  const locked = stateAtOpen === 'adjusted';
  const display = useMemo(() => {
    if (!locked) return session;
    if (!synced) return null;
    return { doc: lockedDisplayDoc(session.doc), provider: session.provider };
  }, [locked, synced, session]);
  useEffect(() => {
    if (!display || display.doc === session.doc) return;
    return () => display.doc.destroy();
  }, [display, session.doc]);
  return display;
}
