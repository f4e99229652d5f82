import * as Y from 'yjs';
import type { VetVerdict } from './vetMessages';
import { vetUpdate } from './vetUpdate';

/**
 * The vetting worker's copy of one room's document. A vetted update is
 * applied to it on trial: the room's decision then keeps it or throws it
 * away, and throwing away rebuilds the copy from the state it was seeded
 * with and every update kept since (Yjs cannot take an update back). That
 * costs the worker, never the event loop, and only when an update was
 * refused; the copy is not cloned for every vet.
 */
export class RoomCopy {
  private doc = new Y.Doc({ gc: true });
  private base: Uint8Array;
  private readonly kept: Uint8Array[] = [];
  private keptBytes = 0;
  private onTrial: Uint8Array | null = null;
  /** Whether the copy holds more than base and kept (an update on trial, or one that failed half-way). */
  private dirty = false;

  constructor(state: Uint8Array) {
    this.base = state;
    Y.applyUpdate(this.doc, state);
  }

  /** An update the room applied. */
  apply(update: Uint8Array): void {
    Y.applyUpdate(this.doc, update);
    this.keep(update);
  }

  /** Checks an update and leaves it applied on trial until settle(). */
  vet(update: Uint8Array): VetVerdict {
    const { verdict, applied } = vetUpdate(this.doc, update);
    if (applied) {
      this.dirty = true;
      if (verdict.problem === null) this.onTrial = update;
    }
    return verdict;
  }

  /** The room's decision on the update last vetted: kept, or thrown away. */
  settle(taken: boolean): void {
    const trial = this.onTrial;
    this.onTrial = null;
    if (taken && trial) {
      this.keep(trial);
      this.dirty = false;
    } else if (this.dirty) {
      this.rebuild();
    }
  }

  /** The copy as a whole update (for tests). */
  state(): Uint8Array {
    return Y.encodeStateAsUpdate(this.doc);
  }

  destroy(): void {
    this.doc.destroy();
  }

  private keep(update: Uint8Array): void {
    this.kept.push(update);
    this.keptBytes += update.length;
    // Keeps a rebuild from replaying a log many times the document's size; never while an update is on trial, which the new base would include.
    if (!this.dirty && this.keptBytes > Math.max(this.base.length, 1024 * 1024)) {
      this.base = Y.encodeStateAsUpdate(this.doc);
      this.kept.length = 0;
      this.keptBytes = 0;
    }
  }

  private rebuild(): void {
    this.doc.destroy();
    this.doc = new Y.Doc({ gc: true });
    Y.applyUpdate(this.doc, this.base);
    for (const update of this.kept) Y.applyUpdate(this.doc, update);
    this.dirty = false;
  }
}
