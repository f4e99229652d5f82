import type * as Y from 'yjs';

interface SentKeystroke {
  /** The sender's state (next clock) right after the insert; a peer that reaches it has the keystroke. */
  clock: number;
  sentAt: number;
  measured: boolean;
}

/**
 * Keystroke-to-peer latency, one sample per keystroke and receiving peer.
 *
 * A sender notes its Yjs clock after each one-character insert. Every peer
 * doc reports, after each remote transaction (so after its observers ran,
 * i.e. once the change is visible to an editor), how far each sender's clock
 * advanced; all keystrokes up to that clock arrived at that moment. Matching
 * by clock needs no payload in the document and costs O(senders touched) per
 * transaction, which keeps the client side cheap and identical for every
 * server. Several keystrokes arriving in one update each get their own sample.
 */
export class LatencyRecorder {
  /** Latency samples (ms) of measured keystrokes, one per receiving peer. */
  readonly samples: number[] = [];
  private readonly sent = new Map<number, SentKeystroke[]>();
  private readonly detach: Array<() => void> = [];
  private peers = 0;
  private expected = 0;
  private delivered = 0;
  private waiter: (() => void) | undefined;

  constructor(private readonly now: () => number = () => performance.now()) {}

  /** Deliveries still outstanding: keystrokes × (peers − 1) minus those seen. */
  get outstanding(): number {
    return this.expected - this.delivered;
  }

  get deliveredCount(): number {
    return this.delivered;
  }

  get expectedCount(): number {
    return this.expected;
  }

  /** Starts watching one peer's doc; attach all peers before the first keystroke. */
  attach(doc: Y.Doc): void {
    this.peers++;
    // Per sender: index of the first of its keystrokes this peer has not seen yet.
    const cursors = new Map<number, number>();
    const onTransaction = (tr: Y.Transaction): void => {
      if (tr.local) return;
      const at = this.now();
      for (const [client, after] of tr.afterState) {
        if (after <= (tr.beforeState.get(client) ?? 0)) continue;
        const queue = this.sent.get(client);
        if (queue === undefined) continue;
        let i = cursors.get(client) ?? 0;
        for (; i < queue.length; i++) {
          const keystroke = queue[i] as SentKeystroke;
          if (keystroke.clock > after) break;
          if (keystroke.measured) this.samples.push(at - keystroke.sentAt);
          this.delivered++;
        }
        cursors.set(client, i);
      }
      if (this.waiter !== undefined && this.outstanding <= 0) this.waiter();
    };
    doc.on('afterTransaction', onTransaction);
    this.detach.push(() => doc.off('afterTransaction', onTransaction));
  }

  /**
   * Records a keystroke just made in `doc`; `sentAt` is taken before the
   * insert so the sender's own transaction cost is part of the latency.
   */
  recordSent(doc: Y.Doc, clockAfter: number, sentAt: number, measured: boolean): void {
    let queue = this.sent.get(doc.clientID);
    if (queue === undefined) {
      queue = [];
      this.sent.set(doc.clientID, queue);
    }
    queue.push({ clock: clockAfter, sentAt, measured });
    this.expected += this.peers - 1;
  }

  /** Resolves true once every keystroke reached every peer, false on timeout. */
  waitUntilDelivered(timeoutMs: number): Promise<boolean> {
    if (this.outstanding <= 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiter = undefined;
        resolve(false);
      }, timeoutMs);
      this.waiter = () => {
        clearTimeout(timer);
        this.waiter = undefined;
        resolve(true);
      };
    });
  }

  dispose(): void {
    for (const off of this.detach.splice(0)) off();
  }
}
