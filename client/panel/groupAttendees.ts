import type { MeetingKind } from '../../shared/meetingKind';
import type { Attendee, Presence } from '../../shared/protocol/types';
import type { MessageKey } from '../i18n/messageKey';

export interface AttendeeGroup {
  key: 'present' | 'absent' | 'other' | 'attended';
  label: MessageKey;
  attendees: Attendee[];
}

/**
 * The attendance as a protocol lists it: Beslutande / Ej närvarande /
 * Övriga deltagande; notes only say who took part: Deltog / Deltog ej.
 * Within a group the secretary's order is kept.
 */
export function groupAttendees(attendees: readonly Attendee[], kind: MeetingKind): AttendeeGroup[] {
  const having = (...presences: Presence[]) => attendees.filter((attendee) => presences.includes(attendee.presence));
  if (kind === 'notes') {
    return [
      { key: 'attended', label: 'attendance.group.attended', attendees: having('present', 'other') },
      { key: 'absent', label: 'attendance.group.notAttended', attendees: having('absent') },
    ];
  }
  return [
    { key: 'present', label: 'attendance.group.present', attendees: having('present') },
    { key: 'absent', label: 'attendance.group.absent', attendees: having('absent') },
    { key: 'other', label: 'attendance.group.other', attendees: having('other') },
  ];
}
