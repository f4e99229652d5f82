import type { Verification } from '../../shared/adjustment/types';
import type { Role } from '../../shared/roles';

/** The attendee the server knows a request to come from, as the attendee list names them now. */
export interface ActingPerson {
  attendeeId: string;
  name: string;
  organization: string;
  verification: Verification;
}

/**
 * Who is calling: the role of the credential and, when the server knows
 * them, the person. A role link's holder has no person: any name they
 * give is their own word, and is recorded as such.
 */
export interface Caller {
  role: Role;
  person: ActingPerson | null;
}
