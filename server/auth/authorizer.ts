import { sessionCookieName } from '../../shared/collab/constants';
import type { RefusalReason } from '../../shared/adjustment/refusalReasons';
import type { Role } from '../../shared/roles';
import type { MeetingStore } from '../meetings/meetingStore';
import type { CredentialStore, PersonalGrant } from './credentialStore';
import { TICKET_TTL_MS, type TicketSigner } from './tickets';
import { hashToken } from './tokens';

/** Why a credential made from a withdrawn invitation no longer works (also the close reason of its sockets). */
export const INVITE_WITHDRAWN = 'the invitation was withdrawn; ask the secretary for a new link';

/** Why a session, or a ticket or socket issued under it, no longer works. */
export const SESSION_ENDED = 'The session has ended (it expired, or its invitation was withdrawn); open the invite link again';

/** Links and sessions open an adjusted meeting for this long after the lock; the secretary's stay (corrections, the archive). */
export const LINKS_VALID_AFTER_LOCK_MS = 30 * 24 * 60 * 60_000;

/** Why a link or session of an adjusted meeting no longer works. */
export const LINKS_EXPIRED = 'The protocol was adjusted more than 30 days ago: its invitation links no longer open it; ask the secretary for a copy';

/** What a request presents; any of them may be missing. */
export interface PresentedCredentials {
  bearer?: string | undefined;
  ticket?: string | undefined;
  cookies?: Record<string, string> | undefined;
}

export type Authorization =
  | {
      ok: true;
      role: Role;
      person?: PersonalGrant | undefined;
      /** The hash of the browser session the credential is (or was issued under), if any. */
      session?: string | undefined;
    }
  | { ok: false; status: 401 | 403 | 404; code: 'unauthorized' | 'forbidden' | 'not_found'; message: string; reason?: RefusalReason };

/**
 * Decides the role a request has in one meeting. Order matters for the
 * answer, not for security: an unknown meeting is 404 whatever is presented,
 * then the strongest explicit credential (bearer, ticket) wins over a cookie.
 */
export class Authorizer {
  constructor(
    private readonly meetings: MeetingStore,
    private readonly credentials: CredentialStore,
    private readonly tickets: TicketSigner,
    /** When the meeting was adjusted (locked), or null: its links expire 30 days after. */
    private readonly adjustedAt: (meetingId: string) => Date | null = () => null,
  ) {}

  /**
   * The credential's role, unless the meeting was adjusted more than 30
   * days ago and the role is not the secretary's: an invitation posted in a
   * chat must not open the meeting for ever. The secretary keeps access to
   * append corrections and hand out the archived file.
   */
  authorize(meetingId: string, presented: PresentedCredentials, now = Date.now()): Authorization {
    const authorization = this.grantOf(meetingId, presented, now);
    if (!authorization.ok || !this.linksExpired(meetingId, authorization.role, now)) return authorization;
    return unauthorized(LINKS_EXPIRED, 'links_expired');
  }

  /**
   * Whether a socket opened under `opened` may stay open: its session
   * still lives (an open socket counts as using it), its personal
   * invitation is not withdrawn, and its links have not expired. A ticket
   * only opens a socket; what keeps it open is what the ticket came from.
   */
  recheck(meetingId: string, role: Role, opened: { session: string | null; inviteId: string | null }, now = Date.now()): { ok: true } | { ok: false; message: string } {
    if (opened.session !== null && !this.credentials.sessionGrantByHash(meetingId, opened.session, now)) {
      return { ok: false, message: this.credentials.endedReason(meetingId, opened.session) === 'withdrawn' ? INVITE_WITHDRAWN : SESSION_ENDED };
    }
    if (opened.inviteId !== null && this.credentials.personOf(opened.inviteId) === null) return { ok: false, message: INVITE_WITHDRAWN };
    return this.linksExpired(meetingId, role, now) ? { ok: false, message: LINKS_EXPIRED } : { ok: true };
  }

  /** Whether the meeting was adjusted more than 30 days ago for a role other than the secretary's. */
  private linksExpired(meetingId: string, role: Role, now: number): boolean {
    if (role === 'secretary') return false;
    const adjustedAt = this.adjustedAt(meetingId);
    return adjustedAt !== null && now > adjustedAt.getTime() + LINKS_VALID_AFTER_LOCK_MS;
  }

  /** The answer for a session that no longer lives: withdrawn on purpose, or run out. */
  private sessionEnded(meetingId: string, tokenHash: string): Authorization {
    return this.credentials.endedReason(meetingId, tokenHash) === 'withdrawn' ? unauthorized(INVITE_WITHDRAWN, 'invite_withdrawn') : unauthorized(SESSION_ENDED, 'session_ended');
  }

  private grantOf(meetingId: string, presented: PresentedCredentials, now: number): Authorization {
    if (!this.meetings.exists(meetingId)) {
      return { ok: false, status: 404, code: 'not_found', message: `No meeting with id ${meetingId}` };
    }
    if (presented.bearer) {
      const grant = this.credentials.findInvite(presented.bearer);
      if (!grant) return unauthorized('The bearer token is not valid');
      if (grant.meetingId !== meetingId) return forbidden('The bearer token belongs to another meeting');
      return { ok: true, role: grant.role, person: grant.person };
    }
    if (presented.ticket) {
      const claims = this.tickets.verify(presented.ticket, now);
      if (!claims) return unauthorized('The ticket is not valid or has expired; fetch a new one');
      if (claims.meetingId !== meetingId) return forbidden('The ticket belongs to another meeting');
      // A ticket opens sockets only while the session it came from lives.
      if (claims.session !== null) {
        const grant = this.credentials.sessionGrantByHash(meetingId, claims.session, now);
        if (!grant) return this.sessionEnded(meetingId, claims.session);
        return { ok: true, role: grant.role, person: grant.person, session: claims.session };
      }
      if (claims.inviteId !== null) {
        const person = this.credentials.personOf(claims.inviteId);
        return person ? { ok: true, role: claims.role, person } : unauthorized(INVITE_WITHDRAWN, 'invite_withdrawn');
      }
      const since = this.credentials.inviteIssuedAt(meetingId, claims.role);
      if (since !== null && claims.expiresAt - TICKET_TTL_MS < since) return unauthorized(INVITE_WITHDRAWN, 'invite_withdrawn');
      return { ok: true, role: claims.role };
    }
    const secret = presented.cookies?.[sessionCookieName(meetingId)];
    if (secret) {
      const grant = this.credentials.findSessionGrant(meetingId, secret, now);
      return grant ? { ok: true, role: grant.role, person: grant.person, session: grant.session } : this.sessionEnded(meetingId, hashToken(secret));
    }
    return unauthorized('A credential is required: an invite link, a bearer token or a ticket');
  }
}

function unauthorized(message: string, reason?: RefusalReason): Authorization {
  return reason ? { ok: false, status: 401, code: 'unauthorized', message, reason } : { ok: false, status: 401, code: 'unauthorized', message };
}

function forbidden(message: string): Authorization {
  return { ok: false, status: 403, code: 'forbidden', message };
}
