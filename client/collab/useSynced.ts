import { useEffect, useState } from 'react';
import type { WebsocketProvider } from 'y-websocket';

/** True once the document has been received from the server; stays true across reconnects. */
export function useSynced(provider: WebsocketProvider): boolean {
  const [synced, setSynced] = useState(provider.synced);
  useEffect(() => {
    if (provider.synced) setSynced(true);
    const onSync = (state: boolean) => {
      if (state) setSynced(true);
    };
    provider.on('sync', onSync);
    return () => provider.off('sync', onSync);
  }, [provider]);
  return synced;
}
