import { sessionCookieName } from '../../shared/collab/constants';
import type { Role } from '../../shared/roles';
import type { MeetingStore } from '../meetings/meetingStore';
import type { CredentialStore, PersonalGrant } from './credentialStore';
import { TICKET_TTL_MS, type TicketSigner } from './tickets';

/** Why a credential made from a withdrawn invitation no longer works (also the close reason of its sockets). */
export const INVITE_WITHDRAWN = 'the invitation was withdrawn; ask the secretary for a new link';

/** What a request presents; any of them may be missing. */
export interface PresentedCredentials {
  bearer?: string | undefined;
  ticket?: string | undefined;
  cookies?: Record<string, string> | undefined;
}

export type Authorization =
  | { ok: true; role: Role; person?: PersonalGrant | undefined }
  | { ok: false; status: 401 | 403 | 404; code: 'unauthorized' | 'forbidden' | 'not_found'; message: string };

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
  ) {}

  authorize(meetingId: string, presented: PresentedCredentials): Authorization {
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
      const claims = this.tickets.verify(presented.ticket);
      if (!claims) return unauthorized('The ticket is not valid or has expired; fetch a new one');
      if (claims.meetingId !== meetingId) return forbidden('The ticket belongs to another meeting');
      if (claims.inviteId !== null) {
        const person = this.credentials.personOf(claims.inviteId);
        return person ? { ok: true, role: claims.role, person } : unauthorized(INVITE_WITHDRAWN);
      }
      const since = this.credentials.inviteIssuedAt(meetingId, claims.role);
      if (since !== null && claims.expiresAt - TICKET_TTL_MS < since) return unauthorized(INVITE_WITHDRAWN);
      return { ok: true, role: claims.role };
    }
    const secret = presented.cookies?.[sessionCookieName(meetingId)];
    if (secret) {
      const grant = this.credentials.findSessionGrant(meetingId, secret);
      return grant ? { ok: true, role: grant.role, person: grant.person } : unauthorized('The session has ended (it expired, or its invitation was withdrawn); open the invite link again');
    }
    return unauthorized('A credential is required: an invite link, a bearer token or a ticket');
  }
}

function unauthorized(message: string): Authorization {
  return { ok: false, status: 401, code: 'unauthorized', message };
}

function forbidden(message: string): Authorization {
  return { ok: false, status: 403, code: 'forbidden', message };
}
