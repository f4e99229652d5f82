import type { RequiredApprover } from '../../shared/adjustment/types';
import type { Attendee } from '../../shared/protocol/types';

/**
 * Who will have to approve if the protocol is sent now: the attendees marked
 * ordförande and justerare, chair first. The server freezes its own list on
 * sending; this is only what the confirmation shows.
 */
export function plannedApprovers(attendees: readonly Attendee[]): RequiredApprover[] {
  const named = attendees.filter((attendee) => attendee.name.trim() !== '');
  const as = (role: RequiredApprover['role'], attendeeRole: Attendee['role']) =>
    named.filter((attendee) => attendee.role === attendeeRole).map(({ name, organization }) => ({ name, organization, role }));
  return [...as('chair', 'ordforande'), ...as('adjuster', 'justerare')];
}
