import { useEffect, useState } from 'react';
import type { MeetingState } from '../../shared/meetingKind';
import type { CollabSession } from './createCollabSession';
import { createCollabSession } from './createCollabSession';

/** The session lives exactly as long as the component showing the meeting. */
export function useCollabSession(meetingId: string, stateAtOpen: MeetingState): CollabSession | null {
  const [session, setSession] = useState<CollabSession | null>(null);

  useEffect(() => {
    const created = createCollabSession(meetingId, stateAtOpen);
    setSession(created);
    return () => {
      setSession(null);
      created.destroy();
    };
    // The state when the page opened decides whether the local copy joins the document; a later lock does not rebuild it.
  }, [meetingId]);

  return session;
}
