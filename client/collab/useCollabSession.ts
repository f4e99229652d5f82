import { useEffect, useState } from 'react';
import type { CollabSession } from './createCollabSession';
import { createCollabSession } from './createCollabSession';

/** The session lives exactly as long as the component showing the meeting. */
export function useCollabSession(meetingId: string): CollabSession | null {
  const [session, setSession] = useState<CollabSession | null>(null);

  useEffect(() => {
    const created = createCollabSession(meetingId);
    setSession(created);
    return () => {
      setSession(null);
      created.destroy();
    };
  }, [meetingId]);

  return session;
}
