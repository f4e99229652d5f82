import { CLOSE_UNAUTHORIZED } from '../../shared/collab/closeCodes';
import type { Authorizer } from '../auth/authorizer';
import type { Logger } from '../logger';
import type { RoomManager } from './roomManager';

/** How often open sockets are checked against what they were opened under. */
export const CREDENTIAL_SWEEP_MS = 5_000;

/**
 * Closes (4401) every open socket whose credential no longer holds: its
 * session ended (30 days, or idle, or deleted), its personal invitation
 * was withdrawn, or its links expired 30 days after the lock. A ticket
 * only opens a socket; an open socket counts as using its session, so a
 * person in the meeting is never cut off for being idle. Withdrawals also
 * close sockets at once where they happen; this catches what merely runs
 * out.
 */
export function startCredentialSweep(
  rooms: RoomManager,
  authorizer: Authorizer,
  log: Logger,
  intervalMs = CREDENTIAL_SWEEP_MS,
  /** Told of each socket closed, with why (the meeting's audit log records it). */
  onClosed: (meetingId: string, message: string) => void = () => undefined,
  clock: () => number = Date.now,
): { stop: () => void; runs: () => number } {
  let runs = 0;
  const timer = setInterval(() => {
    runs += 1;
    const now = clock();
    for (const connection of rooms.connections()) {
      if (!connection.isOpen) continue;
      const verdict = authorizer.recheck(connection.meetingId, connection.role, { session: connection.session, inviteId: connection.inviteId }, now);
      if (verdict.ok) continue;
      log.info('socket closed: its credential ended', { meetingId: connection.meetingId, connection: connection.id, reason: verdict.message });
      // A close reason may hold at most 123 bytes.
      connection.close({ code: CLOSE_UNAUTHORIZED.code, reason: `${CLOSE_UNAUTHORIZED.reason}: ${verdict.message}`.slice(0, 120) });
      onClosed(connection.meetingId, verdict.message);
    }
  }, intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer), runs: () => runs };
}
