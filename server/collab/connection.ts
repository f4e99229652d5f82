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
  ) {}

  get isOpen(): boolean {
    return this.socket.readyState === this.socket.OPEN;
  }

  send(frame: Uint8Array): void {
    if (this.isOpen) this.socket.send(frame);
  }

  close(event: CloseEvent): void {
    if (this.socket.readyState === this.socket.OPEN || this.socket.readyState === this.socket.CONNECTING) {
      this.socket.close(event.code, event.reason);
    }
  }
}
