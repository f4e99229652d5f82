import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { collabServerUrl } from './collabServerUrl';

export interface CollabSession {
  doc: Y.Doc;
  provider: WebsocketProvider;
  destroy: () => void;
}

/** One Y.Doc and its socket for one open meeting page. */
export function createCollabSession(meetingId: string): CollabSession {
  const doc = new Y.Doc();
  // No BroadcastChannel: tabs must not exchange edits behind the server's back,
  // or a tab could show text the server refused (roles, lock).
  const provider = new WebsocketProvider(collabServerUrl(window.location), meetingId, doc, { disableBc: true });
  return {
    doc,
    provider,
    destroy: () => {
      provider.destroy();
      doc.destroy();
    },
  };
}
