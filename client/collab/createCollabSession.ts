import { WebsocketProvider } from 'y-websocket';
import type { MeetingState } from '../../shared/meetingKind';
import * as Y from 'yjs';
import { CLOSE_LOCKED, CLOSE_MALFORMED, CLOSE_TOO_LARGE } from '../../shared/collab/closeCodes';
import { MESSAGE_SAVED } from '../../shared/collab/messageTypes';
import { PROTOCOL_VERSION, PROTOCOL_VERSION_PARAM } from '../../shared/collab/protocolVersion';
import { readSavedMessage, SAVED_ACKS_PARAM } from '../../shared/collab/savedMessage';
import { UNSAVED_FIELD } from '../../shared/collab/unsavedPeers';
import { collabServerUrl } from './collabServerUrl';
import { noLocalCopy, openLocalCopy, type LocalCopy } from './localCopy';
import { SaveTracker } from './saveTracker';
import { startUnloadJournal } from './unloadJournal';

export interface CollabSession {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** The document kept in this browser (IndexedDB), so nothing typed is lost to a reload while offline. */
  localCopy: LocalCopy;
  /** What of this tab's writing the server has confirmed storing. */
  saves: SaveTracker;
  /**
   * For a meeting already adjusted when the page opened: the local copy,
   * kept out of the live document (nothing of it may be sent), so that what
   * it holds beyond the locked protocol can be shown to copy. Null otherwise.
   */
  leftover: LocalCopy & { doc: Y.Doc } | null;
  destroy: () => void;
}

/** Closes after which the local copy's content must not be sent again: the server refused it for good. */
const REFUSED_CONTENT = new Set([CLOSE_MALFORMED.code, CLOSE_TOO_LARGE.code, CLOSE_LOCKED.code]);

/** One Y.Doc, its local copy and its socket for one open meeting page. */
export function createCollabSession(meetingId: string, stateAtOpen: MeetingState = 'draft'): CollabSession {
  const doc = new Y.Doc();
  // A locked protocol takes nothing from this browser: its copy is read aside (see `leftover`), never merged.
  const leftoverDoc = stateAtOpen === 'adjusted' ? new Y.Doc() : null;
  const leftover = leftoverDoc ? Object.assign(openLocalCopy(meetingId, leftoverDoc), { doc: leftoverDoc }) : null;
  const localCopy = leftover ? noLocalCopy() : openLocalCopy(meetingId, doc);
  const saves = new SaveTracker(doc);
  // No BroadcastChannel: tabs must not exchange edits behind the server's back,
  // or a tab could show text the server refused (roles, lock).
  const provider = new WebsocketProvider(collabServerUrl(window.location), meetingId, doc, {
    disableBc: true,
    // The version lets a server of another release tell this page to reload before it writes (see protocolVersion.ts).
    params: { [SAVED_ACKS_PARAM]: '1', [PROTOCOL_VERSION_PARAM]: String(PROTOCOL_VERSION) },
    // Connected once the local copy is in the document: its sync step 1 then asks only for what the copy lacks.
    connect: false,
  });
  provider.messageHandlers[MESSAGE_SAVED] = (_encoder, decoder) => {
    saves.noteSaved(readSavedMessage(decoder));
    const saved = saves.lastSaved;
    if (saved) localCopy.setSavedVector(Y.encodeStateVector(saved));
  };
  saves.subscribe((status) => {
    localCopy.setPendingEdits(status.pendingEdits);
    // Presence says it too: the lock waits while anyone with the meeting open holds unconfirmed edits (unsavedPeers).
    provider.awareness.setLocalStateField(UNSAVED_FIELD, status.unsynced ? Math.max(1, status.pendingEdits) : 0);
  });
  const onSync = (synced: boolean) => {
    if (synced) localCopy.markSynced();
  };
  provider.on('sync', onSync);
  provider.on('closed', ({ code }) => {
    // What stays on screen can still be copied; a reload starts from the server's document instead of a refusal loop.
    if (REFUSED_CONTENT.has(code)) void localCopy.clear();
  });
  // Written only while something is unconfirmed: what the server is known to hold is left out (see unloadJournal).
  const journal = leftover ? null : startUnloadJournal(meetingId, doc, () => (saves.current.unsynced ? (saves.lastSaved ?? new Map<number, number>()) : null));
  let destroyed = false;
  void localCopy.loaded.then(({ pendingEdits, savedVector }) => {
    if (destroyed) return;
    journal?.replay(doc);
    saves.restore(pendingEdits);
    if (savedVector) saves.restoreSaved(Y.decodeStateVector(savedVector));
    provider.connect();
  });
  return {
    doc,
    provider,
    localCopy,
    saves,
    leftover,
    destroy: () => {
      destroyed = true;
      journal?.stop();
      provider.off('sync', onSync);
      provider.destroy();
      saves.destroy();
      localCopy.destroy();
      leftover?.destroy();
      leftoverDoc?.destroy();
      doc.destroy();
    },
  };
}
