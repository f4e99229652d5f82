import { Refusal } from '../adjustment/refusal';
import type { Caller } from './actingPerson';

/**
 * The name a remark, reply, correction or review step is recorded under:
 * a known person's own (a different name in the request is refused), else
 * the name a role link's holder gives, recorded as unverified.
 */
export function authorName(caller: Caller, given: string | undefined): string {
  const name = given?.trim();
  if (caller.person) {
    if (name && name !== caller.person.name) throw new Refusal(403, 'forbidden', `You are ${caller.person.name} in this meeting; you cannot write as ${name}`, 'not_you');
    return caller.person.name;
  }
  if (!name) throw new Refusal(400, 'bad_request', 'author: say who writes (a shared link does not tell the server who you are)', 'author_needed');
  return name;
}
