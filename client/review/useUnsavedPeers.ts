import { useEffect, useState } from 'react';
import type { WebsocketProvider } from 'y-websocket';
import { unsavedPeers } from '../../shared/collab/unsavedPeers';

/** Who else has the meeting open with edits the server has not confirmed (their presence says so); the lock waits for them. */
export function useUnsavedPeers(provider: WebsocketProvider): string[] {
  const [names, setNames] = useState<string[]>([]);
  useEffect(() => {
    const { awareness } = provider;
    const update = () => {
      const others = new Map([...awareness.getStates()].filter(([clientId]) => clientId !== awareness.clientID)) as Map<number, Record<string, unknown>>;
      const next = unsavedPeers(others);
      setNames((previous) => (previous.join('\n') === next.join('\n') ? previous : next));
    };
    update();
    awareness.on('change', update);
    return () => awareness.off('change', update);
  }, [provider]);
  return names;
}
