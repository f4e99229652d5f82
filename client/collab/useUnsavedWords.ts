import { useEffect, useState } from 'react';
import * as Y from 'yjs';
import { CLOSE_LOCKED } from '../../shared/collab/closeCodes';
import type { CollabSession } from './createCollabSession';
import type { SaveStatus } from './saveTracker';
import { unsavedText } from './unsavedText';

/**
 * What was typed in this browser that the locked protocol lacks: for a tab
 * the lock closed (4409) while it held unconfirmed edits, those edits; for
 * a meeting already locked when the page opened, what its local copy holds
 * beyond the protocol. Empty when there is nothing.
 */
export function useUnsavedWords(session: CollabSession, closedCode: number | null, save: SaveStatus, synced: boolean): { text: string; discard: (() => void) | null } {
  const [leftover, setLeftover] = useState('');
  const { leftover: copy } = session;
  useEffect(() => {
    if (!copy || !synced) return;
    let current = true;
    void copy.loaded.then(() => {
      if (current) setLeftover(unsavedText(copy.doc, Y.decodeStateVector(Y.encodeStateVector(session.doc))));
    });
    return () => {
      current = false;
    };
  }, [copy, synced, session.doc]);
  if (leftover && copy) {
    return {
      text: leftover,
      discard: () => {
        void copy.clear();
        setLeftover('');
      },
    };
  }
  if (closedCode === CLOSE_LOCKED.code && save.unsynced) return { text: unsavedText(session.doc, session.saves.lastSaved ?? new Map<number, number>()), discard: null };
  return { text: '', discard: null };
}
