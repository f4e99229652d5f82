import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { COLLAB_PATH } from '../../shared/collab/constants';

/**
 * The stock y-websocket client, as outside tools use it, resolved once
 * synced. BroadcastChannel is off so that only the server relays.
 */
export async function stockProvider(serverUrl: string, meetingId: string, ticket: string, doc = new Y.Doc()): Promise<WebsocketProvider> {
  const provider = new WebsocketProvider(`${serverUrl.replace(/^http/, 'ws')}${COLLAB_PATH}`, meetingId, doc, {
    params: { ticket },
    // ws implements the browser WebSocket interface the provider expects.
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  await new Promise<void>((resolve) => {
    if (provider.synced) resolve();
    else provider.once('sync', () => resolve());
  });
  return provider;
}
