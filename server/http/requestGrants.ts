import type { Context } from 'hono';
import type { Role } from '../../shared/roles';
import type { Authorizer } from '../auth/authorizer';
import type { CredentialStore } from '../auth/credentialStore';
import { requestCredentials } from './requestCredentials';

const SESSION_COOKIE = /^pk_([A-Za-z0-9_-]+)$/;

export interface RequestGrants {
  /** Role per meeting for every credential the request carries that still opens its meeting. */
  roles: Map<string, Role>;
  /** A bearer token was sent but is not valid (401 rather than 403). */
  invalidBearer: boolean;
}

/**
 * Every meeting the request holds a credential for (the bearer token and
 * each session cookie), each judged by the authorizer on its own, as a
 * request to that meeting would be: an idle session or the links of a
 * meeting adjusted more than 30 days ago list nothing.
 */
export function requestGrants(c: Context, authorizer: Authorizer, credentials: CredentialStore): RequestGrants {
  const { bearer, cookies = {} } = requestCredentials(c);
  const roles = new Map<string, Role>();
  for (const [name, secret] of Object.entries(cookies)) {
    const meetingId = SESSION_COOKIE.exec(name)?.[1];
    if (!meetingId) continue;
    const authorization = authorizer.authorize(meetingId, { cookies: { [name]: secret } });
    if (authorization.ok) roles.set(meetingId, authorization.role);
  }
  const invite = bearer ? credentials.findInvite(bearer) : null;
  if (invite && bearer) {
    const authorization = authorizer.authorize(invite.meetingId, { bearer });
    if (authorization.ok) roles.set(invite.meetingId, authorization.role);
  }
  return { roles, invalidBearer: bearer !== undefined && invite === null };
}
