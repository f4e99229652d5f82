import type { MeetingSummary } from '../../shared/api/types';
import { useT } from '../i18n/useT';
import { useAttendees } from '../meeting/useAttendees';
import { useMeetingData } from '../meeting/useMeetingData';
import { useMeetingMeta } from '../meeting/useMeetingMeta';
import { AddAttendeeForm } from './AddAttendeeForm';
import { AttendeeRow } from './AttendeeRow';
import { groupAttendees } from './groupAttendees';
import { usePersonalInvites } from './usePersonalInvites';

/** Who attended, grouped as the protocol prints it; editors add, edit and remove live. */
export function AttendancePanel({ meeting }: { meeting: Pick<MeetingSummary, 'id' | 'role'> }) {
  const t = useT();
  const attendees = useAttendees();
  const { kind } = useMeetingMeta();
  const { editable } = useMeetingData();
  const groups = groupAttendees(attendees, kind);
  const secretary = meeting.role === 'secretary';
  const invites = usePersonalInvites(meeting.id, attendees.map((attendee) => attendee.id).join(' '), secretary);

  return (
    <div className="attendance" data-testid="attendance-panel">
      {attendees.length === 0 && <p className="panel-empty">{t(editable ? 'attendance.emptyEditable' : 'attendance.empty')}</p>}
      {groups.map(
        (group) =>
          group.attendees.length > 0 && (
            <section key={group.key} className="panel-section" data-testid={`attendance-group-${group.key}`}>
              <h3 className="panel-heading">
                {t(group.label)} <span className="panel-count">{group.attendees.length}</span>
              </h3>
              <ul className="attendee-list">
                {group.attendees.map((attendee, index) => (
                  <AttendeeRow key={attendee.id || `unnamed-${index}`} attendee={attendee} invites={secretary && attendee.id ? invites : null} />
                ))}
              </ul>
            </section>
          ),
      )}
      {editable && <AddAttendeeForm />}
    </div>
  );
}
