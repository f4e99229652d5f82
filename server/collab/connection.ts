import type { WebSocket } from 'ws';
import type { CloseEvent } from '../../shared/collab/closeCodes';
import type { Role } from '../../shared/roles';

/** One socket in a room, with the role its credential granted. */
export class Connection {
  /** Awareness client ids this socket announced; removed when it leaves. */
  readonly awarenessIds = new Set<number>();

  constructor(
    readonly socket: WebSocket,
    readonly meetingId: string,
    readonly role: Role,
    readonly id: number,
    /** Queued bytes past which a socket that does not read is dropped. */
    private readonly maxBufferedBytes = Number.POSITIVE_INFINITY,
  ) {}

  get isOpen(): boolean {
    return this.socket.readyState === this.socket.OPEN;
  }

  /** The personal invitation the socket was opened under, if any (its withdrawal closes the socket). */
  inviteId: string | null = null;

  /** The hash of the browser session the socket was opened under (directly or by a ticket), if any: when it ends the socket closes. */
  session: string | null = null;

  /** The person the server knows this socket's user to be; their presence shows this name, verified. Null for a role link. */
  personName: string | null = null;

  /** Whether the socket was dropped for not reading what it was sent. */
  dropped = false;

  /** Whether the client asked (`?acks=1`) to be told what the server has stored of what it sent. */
  wantsSavedAcks = false;

  /** The saved message waiting to go out (see savedAcks.ts): one per burst of updates, not one per keystroke. */
  savedAckTimer: NodeJS.Timeout | null = null;

  send(frame: Uint8Array): void {
    if (!this.isOpen) return;
    if (this.socket.bufferedAmount + frame.length > this.maxBufferedBytes && this.socket.bufferedAmount > 0) {
      // A close frame would wait behind what it does not read; its client reconnects and resyncs.
      this.dropped = true;
      this.socket.terminate();
      return;
    }
    this.socket.send(frame);
  }

  /** Stops what the socket still had scheduled; called when it leaves its room. */
  forget(): void {
    if (this.savedAckTimer) clearTimeout(this.savedAckTimer);
    this.savedAckTimer = null;
  }

  close(event: CloseEvent): void {
    if (this.socket.readyState === this.socket.OPEN || this.socket.readyState === this.socket.CONNECTING) {
      this.socket.close(event.code, event.reason);
    }
  }
}
