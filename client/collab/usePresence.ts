import { useEffect, useState } from 'react';
import type { WebsocketProvider } from 'y-websocket';
import { presenceFromStates, samePresence } from './presence';
import type { PresenceEntry } from './presence';

export function usePresence(provider: WebsocketProvider): PresenceEntry[] {
  const { awareness } = provider;
  const [entries, setEntries] = useState<PresenceEntry[]>(() => presenceFromStates(awareness.getStates(), awareness.clientID));

  useEffect(() => {
    const update = () => {
      const next = presenceFromStates(awareness.getStates(), awareness.clientID);
      setEntries((previous) => (samePresence(previous, next) ? previous : next));
    };
    update();
    // 'change' also fires on every remote caret move; samePresence keeps those cheap.
    awareness.on('change', update);
    return () => awareness.off('change', update);
  }, [awareness]);

  return entries;
}
