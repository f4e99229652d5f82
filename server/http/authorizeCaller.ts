import type { Context } from 'hono';
import { Refusal } from '../adjustment/refusal';
import type { Authorizer } from '../auth/authorizer';
import type { Caller } from '../people/actingPerson';
import type { PeopleResolver } from '../people/peopleResolver';
import { requestCredentials } from './requestCredentials';

/** The caller's role in the meeting and the person the server knows them to be; throws a 401/403/404 Refusal otherwise. */
export function authorizeCaller(c: Context, authorizer: Authorizer, people: PeopleResolver, meetingId: string): Caller {
  const presented = requestCredentials(c);
  const authorization = authorizer.authorize(meetingId, presented);
  if (!authorization.ok) throw new Refusal(authorization.status, authorization.code, authorization.message, authorization.reason);
  return people.callerOf(meetingId, authorization, presented.cookies);
}
