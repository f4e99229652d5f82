import type * as Y from 'yjs';

/** The parts of a WebsocketProvider that tell whether local edits have been handed to the server. */
export interface SyncSignals {
  wsconnected: boolean;
  synced: boolean;
  ws: { bufferedAmount: number } | null;
  on(event: 'sync', listener: (synced: boolean) => void): void;
  off(event: 'sync', listener: (synced: boolean) => void): void;
}

export interface UnsentChangesTracker {
  /** True while this copy holds local edits the server may not have received. */
  hasUnsent(): boolean;
  destroy(): void;
}

/**
 * y-websocket does not acknowledge updates, so "sent" is approximated: an edit
 * made while the socket was down stays unsent until the next sync exchange
 * (which carries it), and one made while connected is unsent while the socket
 * still buffers bytes. The server's state-vector check is the real guard.
 */
export function trackUnsentChanges(doc: Y.Doc, provider: SyncSignals): UnsentChangesTracker {
  let unsentSinceSync = false;
  const onUpdate = (_update: Uint8Array, origin: unknown) => {
    if (origin === provider) return;
    if (!provider.wsconnected || !provider.synced) unsentSinceSync = true;
  };
  const onSync = (synced: boolean) => {
    if (synced) unsentSinceSync = false;
  };
  doc.on('update', onUpdate);
  provider.on('sync', onSync);
  return {
    hasUnsent: () => unsentSinceSync || (provider.ws?.bufferedAmount ?? 0) > 0,
    destroy: () => {
      doc.off('update', onUpdate);
      provider.off('sync', onSync);
    },
  };
}
