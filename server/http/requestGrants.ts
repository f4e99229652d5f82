import type { Context } from 'hono';
import type { Role } from '../../shared/roles';
import type { CredentialStore } from '../auth/credentialStore';
import { requestCredentials } from './requestCredentials';

const SESSION_COOKIE = /^pk_([A-Za-z0-9_-]+)$/;

export interface RequestGrants {
  /** Role per meeting for every valid credential the request carries. */
  roles: Map<string, Role>;
  /** A bearer token was sent but is not valid (401 rather than 403). */
  invalidBearer: boolean;
}

/** Every meeting the request holds a credential for: the bearer token and each session cookie. */
export function requestGrants(c: Context, credentials: CredentialStore): RequestGrants {
  const { bearer, cookies = {} } = requestCredentials(c);
  const roles = new Map<string, Role>();
  for (const [name, secret] of Object.entries(cookies)) {
    const meetingId = SESSION_COOKIE.exec(name)?.[1];
    const role = meetingId ? credentials.findSession(meetingId, secret) : null;
    if (meetingId && role) roles.set(meetingId, role);
  }
  const invite = bearer ? credentials.findInvite(bearer) : null;
  if (invite) roles.set(invite.meetingId, invite.role);
  return { roles, invalidBearer: bearer !== undefined && invite === null };
}
