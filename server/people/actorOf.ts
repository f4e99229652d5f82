import type { Actor } from '../adjustment/adjustmentService';
import type { Caller } from './actingPerson';
import { authorName } from './authorName';

/**
 * Who a review step (send for review, withdraw) is recorded as: the known
 * person, else the name given, else the role itself ("secretary"), since
 * these steps are the role's and need no name to be valid.
 */
export function actorOf(caller: Caller, given: string | undefined): Actor {
  if (caller.person || given?.trim()) return { role: caller.role, name: authorName(caller, given) };
  return { role: caller.role, name: caller.role };
}
