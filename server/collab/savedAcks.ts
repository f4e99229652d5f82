import type { Connection } from './connection';
import type { Room } from './room';

/**
 * How long after a client's update the server says what it has stored.
 * Updates of one burst of typing share one message; the delay is far below
 * what a person notices on a "Sparar…" → "Sparat" badge.
 */
export const SAVED_ACK_DELAY_MS = 40;

/**
 * Tells a socket that asked for it what the server has stored, once the
 * frames it sent so far are taken or refused. The message is built when it
 * is sent, from the room's document then: everything relayed to this socket
 * before it is in it, so the client can compare it with its own document at
 * the moment it reads it.
 */
export function scheduleSavedAck(room: Room, connection: Connection): void {
  if (!connection.wantsSavedAcks || connection.savedAckTimer) return;
  connection.savedAckTimer = setTimeout(() => {
    connection.savedAckTimer = null;
    if (room.isDestroyed || !connection.isOpen) return;
    connection.send(room.savedFrame());
  }, SAVED_ACK_DELAY_MS);
}
