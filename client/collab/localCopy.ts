import { IndexeddbPersistence } from 'y-indexeddb';
import type * as Y from 'yjs';

/** What the local copy held when it loaded. */
export interface LocalCopyContents {
  /** Whether it holds a document that once came from the server in full (not only what was typed before a sync). */
  hadSyncedCopy: boolean;
  /** Edits its tab had not seen confirmed (see SaveTracker). */
  pendingEdits: number;
  /** The state vector of the last saved message its tab read, encoded (Y.encodeStateVector), if any. */
  savedVector: Uint8Array | null;
}

/**
 * The meeting's document kept in this browser's IndexedDB, so a reload or a
 * closed tab while the server is out of reach keeps what was typed; it
 * reaches the server when the socket is back. `available` is false where
 * IndexedDB is missing or does not open (some private modes): the edits
 * then live only in the tab, and the badge says so.
 */
export interface LocalCopy {
  readonly available: boolean;
  readonly loaded: Promise<LocalCopyContents>;
  /** The server's whole document has arrived once: from now on the copy may stand in for it. */
  markSynced(): void;
  setPendingEdits(count: number): void;
  setSavedVector(vector: Uint8Array): void;
  /** Forgets the copy (its content was refused for good: it must not be sent again on the next visit). */
  clear(): Promise<void>;
  destroy(): void;
}

const SYNCED_KEY = 'synced';
const PENDING_KEY = 'pendingEdits';
const SAVED_KEY = 'savedVector';
/** A database that does not answer in this time counts as unavailable; the tab goes on without it. */
const OPEN_TIMEOUT_MS = 3000;

export function localCopyName(meetingId: string): string {
  return `protokoll-meeting-${meetingId}`;
}

export function openLocalCopy(meetingId: string, doc: Y.Doc): LocalCopy {
  if (typeof indexedDB === 'undefined') return noLocalCopy();
  let persistence: IndexeddbPersistence;
  try {
    persistence = new IndexeddbPersistence(localCopyName(meetingId), doc);
  } catch {
    return noLocalCopy();
  }
  let available = true;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const loaded = Promise.race([
    persistence.whenSynced.then(async () => {
      // y-indexeddb types what it reads back as any; only numbers are ever written here.
      const [synced, pending, saved] = (await Promise.all([persistence.get(SYNCED_KEY), persistence.get(PENDING_KEY), persistence.get(SAVED_KEY)])) as unknown[];
      return { hadSyncedCopy: synced === 1, pendingEdits: typeof pending === 'number' ? pending : 0, savedVector: saved instanceof ArrayBuffer ? new Uint8Array(saved) : null };
    }),
    new Promise<LocalCopyContents>((_resolve, reject) => {
      timer = setTimeout(() => reject(new Error('the local copy did not open in time')), OPEN_TIMEOUT_MS);
    }),
  ])
    .catch(() => {
      available = false;
      return { hadSyncedCopy: false, pendingEdits: 0, savedVector: null };
    })
    .finally(() => clearTimeout(timer));
  const write = (key: string, value: number | ArrayBuffer) => {
    if (available) void persistence.set(key, value).catch(() => undefined);
  };
  return {
    get available() {
      return available;
    },
    loaded,
    markSynced: () => write(SYNCED_KEY, 1),
    // Written at once, beside the update y-indexeddb stores for the same keystroke: a tab closed right after
    // typing must still know, offline, that it holds unconfirmed edits.
    setPendingEdits: (count) => write(PENDING_KEY, count),
    setSavedVector: (vector) => write(SAVED_KEY, vector.slice().buffer),
    clear: async () => {
      available = false;
      await persistence.clearData().catch(() => undefined);
    },
    destroy: () => {
      void persistence.destroy();
    },
  };
}

/** A tab without a local copy: IndexedDB is missing, or a test renders without one. */
export function noLocalCopy(): LocalCopy {
  return {
    available: false,
    loaded: Promise.resolve({ hadSyncedCopy: false, pendingEdits: 0, savedVector: null }),
    markSynced: () => undefined,
    setPendingEdits: () => undefined,
    setSavedVector: () => undefined,
    clear: () => Promise.resolve(),
    destroy: () => undefined,
  };
}
