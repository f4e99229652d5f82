import type { Context } from 'hono';
import type { Role } from '../../shared/roles';
import { Refusal } from '../adjustment/refusal';
import type { Authorizer } from '../auth/authorizer';
import { requestCredentials } from './requestCredentials';

/** The caller's role in the meeting; throws a 401/403/404 Refusal otherwise. */
export function authorizeRequest(c: Context, authorizer: Authorizer, meetingId: string): Role {
  const authorization = authorizer.authorize(meetingId, requestCredentials(c));
  if (!authorization.ok) throw new Refusal(authorization.status, authorization.code, authorization.message, authorization.reason);
  return authorization.role;
}
