import { createHmac } from 'node:crypto';
import { isRole, type Role } from '../../shared/roles';
import { safeEqual } from './tokens';

/** How long a WebSocket ticket opens sockets; clients fetch a new one before reconnecting. */
export const TICKET_TTL_MS = 5 * 60_000;

export interface TicketClaims {
  meetingId: string;
  role: Role;
  expiresAt: number;
  /** The personal invitation the ticket was issued under, if any: its withdrawal stops the ticket. */
  inviteId: string | null;
  /** The hash of the browser session the ticket was issued under, if any: when the session ends, so do the ticket and its sockets. */
  session: string | null;
}

/** What a ticket is issued under besides its role. */
export interface TicketSource {
  inviteId?: string | null | undefined;
  session?: string | null | undefined;
}

/**
 * Short-lived, stateless WebSocket tickets:
 * `meetingId.role.expiry.inviteId.session.hmac` (either of the last two
 * may be empty). Signed with the install's key so they survive a restart
 * (a reconnecting client's ticket stays valid) while no long-lived secret
 * sits in a URL: the session is named by the hash it is stored under.
 * Tickets of the earlier four- and five-part forms are still read.
 */
export class TicketSigner {
  constructor(private readonly key: string) {}

  issue(meetingId: string, role: Role, now = Date.now(), source: TicketSource = {}): { ticket: string; expiresAt: number } {
    const expiresAt = now + TICKET_TTL_MS;
    const payload = [meetingId, role, expiresAt.toString(36), source.inviteId ?? '', source.session ?? ''].join('.');
    return { ticket: `${payload}.${this.sign(payload)}`, expiresAt };
  }

  /** The claims of a valid, unexpired ticket, or null. */
  verify(ticket: string, now = Date.now()): TicketClaims | null {
    const parts = ticket.split('.');
    if (parts.length < 4 || parts.length > 6) return null;
    const signature = parts.pop() as string;
    if (!safeEqual(this.sign(parts.join('.')), signature)) return null;
    const [meetingId, role, expiry, inviteId = '', session = ''] = parts as [string, string, string, string?, string?];
    const expiresAt = parseInt(expiry, 36);
    if (!isRole(role) || !Number.isFinite(expiresAt) || expiresAt <= now) return null;
    return { meetingId, role, expiresAt, inviteId: inviteId || null, session: session || null };
  }

  private sign(payload: string): string {
    return createHmac('sha256', this.key).update(payload).digest('base64url');
  }
}
