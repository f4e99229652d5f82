import type { AttendeeRole } from '../../shared/protocol/types';
import type { Role } from '../../shared/roles';

/** What an attendee's place in the meeting lets their personal invitation do. */
export const ROLE_OF_ATTENDEE: Record<AttendeeRole, Role> = {
  ordforande: 'chair',
  justerare: 'adjuster',
  sekreterare: 'secretary',
  vice_ordforande: 'participant',
  foredragande: 'participant',
  ledamot: 'participant',
  ovrig: 'participant',
};
