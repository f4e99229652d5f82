import { SocketBudget } from './socketBudget';

/** One client address's share of the event loop, held while it has sockets. */
export interface AddressShare {
  /** Charges `busyMs` to the address and answers how long its sockets should rest (0 while the share lasts). */
  spend(busyMs: number): number;
  /** The socket that held this share has closed. */
  release(): void;
}

/**
 * The event loop's time per client address, across all its sockets: each
 * socket has its own budget, but one client may open up to
 * MAX_CONNECTIONS_PER_IP of them, and a hundred budgets are a hundred times
 * the work. A socket whose address has spent its share rests like one over
 * its own budget. Everyone behind one NAT or proxy shares an address, so
 * the share is set far above what people typing take (a keystroke costs
 * well under a millisecond).
 */
export class AddressBudgets {
  private readonly shares = new Map<string, { budget: SocketBudget; sockets: number }>();

  constructor(
    private readonly busyMsPerSecond: number,
    private readonly burstSeconds: number,
    private readonly now?: () => number,
  ) {}

  /** Addresses that hold sockets now (for tests and diagnostics). */
  get size(): number {
    return this.shares.size;
  }

  acquire(address: string): AddressShare {
    this.sweep();
    let share = this.shares.get(address);
    if (!share) {
      const unlimited = Number.POSITIVE_INFINITY;
      const budget = new SocketBudget(
        { messagesPerSecond: unlimited, bytesPerSecond: unlimited, busyMsPerSecond: this.busyMsPerSecond, burstSeconds: this.burstSeconds, maxMessageBytes: 0 },
        this.now,
      );
      share = { budget, sockets: 0 };
      this.shares.set(address, share);
    }
    share.sockets++;
    const held = share;
    let released = false;
    return {
      spend: (busyMs) => held.budget.spend(0, busyMs),
      release: () => {
        if (released) return;
        released = true;
        held.sockets--;
        this.sweep();
      },
    };
  }

  /**
   * Forgets addresses without sockets once they owe nothing: one still in
   * debt is kept, so closing every socket and reconnecting does not buy a
   * fresh share.
   */
  private sweep(): void {
    for (const [address, share] of this.shares) if (share.sockets === 0 && share.budget.spend(0, 0) === 0) this.shares.delete(address);
  }
}
