import { fromBase64, toBase64 } from 'lib0/buffer';
import * as Y from 'yjs';

/**
 * The last words before a tab closes. IndexedDB commits each update a
 * moment after it is written, and a tab closed right after typing (the
 * "leave" of the unsaved-changes question, or a crash of the renderer
 * after it) can lose the last keystrokes' transactions. localStorage is
 * written synchronously: when the page is hidden or unloaded, everything
 * the server is not known to hold is written there, and applied again on
 * the next open of the meeting in this browser, then removed.
 */
export interface UnloadJournal {
  /** Applies what an earlier tab left, if anything, and forgets it. */
  replay(doc: Y.Doc): void;
  stop(): void;
}

export function journalKey(meetingId: string): string {
  return `protokoll-unsaved-${meetingId}`;
}

export function startUnloadJournal(meetingId: string, doc: Y.Doc, unsaved: () => Map<number, number> | null): UnloadJournal {
  const storage = localStorageOrNull();
  const key = journalKey(meetingId);
  const write = () => {
    const saved = unsaved();
    if (!storage || saved === null) return;
    try {
      storage.setItem(key, toBase64(Y.encodeStateAsUpdate(doc, Y.encodeStateVector(saved))));
    } catch {
      // Full or forbidden: IndexedDB still has all but the last moment.
    }
  };
  const onHidden = () => {
    if (document.visibilityState === 'hidden') write();
  };
  window.addEventListener('pagehide', write);
  document.addEventListener('visibilitychange', onHidden);
  return {
    replay: (target) => {
      const stored = storage?.getItem(key) ?? null;
      if (stored === null) return;
      storage?.removeItem(key);
      try {
        Y.applyUpdate(target, fromBase64(stored), 'unloadJournal');
      } catch {
        // A damaged entry is dropped; the local copy and the server still hold everything before it.
      }
    },
    stop: () => {
      window.removeEventListener('pagehide', write);
      document.removeEventListener('visibilitychange', onHidden);
    },
  };
}

function localStorageOrNull(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
