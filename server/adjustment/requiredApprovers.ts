import type { RequiredApprover } from '../../shared/adjustment/types';
import type { Attendee } from '../../shared/protocol/types';

/**
 * The approvers a review needs: the attendees marked ordförande and
 * justerare (chair first), each name once. Absent attendees cannot sign.
 * Each is frozen with their attendee id: the approval is then the person's
 * who holds that attendee's verified session, whatever the list later says.
 */
export function requiredApprovers(attendees: readonly Attendee[]): RequiredApprover[] {
  const seen = new Set<string>();
  const approvers: RequiredApprover[] = [];
  for (const role of ['ordforande', 'justerare'] as const) {
    for (const attendee of attendees) {
      const name = attendee.name.trim();
      if (attendee.role !== role || attendee.presence === 'absent' || !name || seen.has(name)) continue;
      seen.add(name);
      approvers.push({ attendeeId: attendee.id, name, organization: attendee.organization.trim(), role: role === 'ordforande' ? 'chair' : 'adjuster' });
    }
  }
  return approvers;
}
