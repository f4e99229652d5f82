import type * as Y from 'yjs';
import { insertionsMissing, stateDigest, type SavedState } from '../../shared/collab/savedMessage';

/** Where this tab's own writing stands against what the server has stored. */
export interface SaveStatus {
  /** Something in this tab's document the server has not confirmed holding. */
  unsynced: boolean;
  /** Edits (local transactions) made since the server last confirmed everything; at least 1 while unsynced. */
  pendingEdits: number;
  /** Whether the server has ever confirmed holding everything this tab holds. */
  confirmed: boolean;
}

/**
 * Decides "saved" from what the server says it holds, never from counting
 * sent frames: the server's saved message carries its state vector and a
 * digest of its whole state. The socket delivers in order, so when a saved
 * message is read this tab holds everything the server held when it sent
 * it, plus this tab's own changes the server had not yet stored; the two
 * documents are equal exactly when nothing of this tab is missing there.
 * A local change made since makes the tab unsynced until the next message
 * covers it.
 */
export class SaveTracker {
  private status: SaveStatus;
  /** The state vector of the server's last saved message (or of the local copy's last one): what it is known to hold. */
  private saved: Map<number, number> | null = null;
  private readonly listeners = new Set<(status: SaveStatus) => void>();

  constructor(
    private readonly doc: Y.Doc,
    /** Edits a local copy of an earlier tab still holds unconfirmed (see localCopy.ts). */
    restoredPendingEdits = 0,
  ) {
    this.status = { unsynced: restoredPendingEdits > 0, pendingEdits: restoredPendingEdits, confirmed: false };
    doc.on('afterTransaction', this.onTransaction);
  }

  get current(): SaveStatus {
    return this.status;
  }

  /** Edits an earlier tab left unconfirmed in the local copy, known once the copy has loaded. */
  restore(pendingEdits: number): void {
    if (pendingEdits <= 0) return;
    this.set({ ...this.status, unsynced: true, pendingEdits: this.status.pendingEdits + pendingEdits });
  }

  /** What the server is known to hold, by its last saved message; null before any. */
  get lastSaved(): Map<number, number> | null {
    return this.saved;
  }

  /** The last saved state vector an earlier tab kept in the local copy. */
  restoreSaved(vector: Map<number, number>): void {
    this.saved ??= vector;
  }

  /** A saved message from the server, read now. */
  noteSaved(saved: SavedState): void {
    this.saved = saved.stateVector;
    const covered = insertionsMissing(this.doc, saved.stateVector) === 0 && saved.digest === stateDigest(this.doc);
    if (covered) this.set({ unsynced: false, pendingEdits: 0, confirmed: true });
    // The tab holds something the server lacks: an edit still on its way, or one a local copy brought in.
    else if (!this.status.unsynced) this.set({ ...this.status, unsynced: true, pendingEdits: Math.max(1, this.status.pendingEdits) });
  }

  subscribe(listener: (status: SaveStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  destroy(): void {
    this.doc.off('afterTransaction', this.onTransaction);
    this.listeners.clear();
  }

  private readonly onTransaction = (transaction: Y.Transaction) => {
    // Updates from the server and from the local copy arrive with local === false.
    if (!transaction.local) return;
    if (transaction.changed.size === 0 && transaction.deleteSet.clients.size === 0) return;
    this.set({ ...this.status, unsynced: true, pendingEdits: this.status.pendingEdits + 1 });
  };

  private set(next: SaveStatus): void {
    this.status = next;
    for (const listener of this.listeners) listener(next);
  }
}
