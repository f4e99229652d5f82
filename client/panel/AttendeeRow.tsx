import { useState } from 'react';
import type { Attendee } from '../../shared/protocol/types';
import { ATTENDEE_ROLES, PRESENCES } from '../../shared/protocol/types';
import { removeAttendee, updateAttendee } from '../../shared/protocol/yDocMeta';
import { BoundInput } from '../components/BoundInput';
import { useT } from '../i18n/useT';
import { useMeetingData } from '../meeting/useMeetingData';
import { useMeetingMeta } from '../meeting/useMeetingMeta';
import { PersonalInviteControls } from './PersonalInviteControls';
import type { PersonalInvites } from './usePersonalInvites';

/**
 * One attendee as the protocol lists them ("Anneli Alm, Tidaholm – ordförande").
 * Editors change presence right in the row (the roll call) and open the row
 * for name, organisation and role; every change reaches everyone at once.
 */
export function AttendeeRow({ attendee, invites }: { attendee: Attendee; invites: PersonalInvites | null }) {
  const t = useT();
  const { store, editable } = useMeetingData();
  const { kind } = useMeetingMeta();
  const [open, setOpen] = useState(false);
  const { doc } = store;

  const summary = (
    <>
      <span className="attendee-name">{attendee.name}</span>
      {attendee.organization && <span className="attendee-org">, {attendee.organization}</span>}
      {attendee.role !== 'ledamot' && <span className="attendee-role"> – {t(`attendeeRole.${attendee.role}`)}</span>}
    </>
  );

  if (!editable) {
    return (
      <li className="attendee is-static" data-testid="attendee" data-name={attendee.name}>
        {summary}
      </li>
    );
  }

  return (
    <li className={open ? 'attendee is-open' : 'attendee'} data-testid="attendee" data-name={attendee.name}>
      <div className="attendee-line">
        <button type="button" className="attendee-summary" aria-expanded={open} onClick={() => setOpen(!open)} title={t('attendance.edit')} data-testid="attendee-edit">
          {summary}
        </button>
        <select className="panel-select attendee-presence" value={attendee.presence} onChange={(event) => updateAttendee(doc, attendee.id, { presence: event.target.value as Attendee['presence'] })} aria-label={t('attendance.presenceOf', { name: attendee.name })} data-testid="attendee-presence">
          {PRESENCES.map((presence) => (
            <option key={presence} value={presence}>
              {t(kind === 'notes' ? `presence.notes.${presence}` : `presence.${presence}`)}
            </option>
          ))}
        </select>
      </div>
      {open && (
        <div className="attendee-form">
          <BoundInput className="panel-input" value={attendee.name} onCommit={(name) => updateAttendee(doc, attendee.id, { name })} placeholder={t('attendance.name')} aria-label={t('attendance.name')} data-testid="attendee-name" />
          <BoundInput className="panel-input" value={attendee.organization} onCommit={(organization) => updateAttendee(doc, attendee.id, { organization })} placeholder={t('attendance.organization')} aria-label={t('attendance.organization')} data-testid="attendee-organization" />
          <div className="attendee-line">
            <select className="panel-select" value={attendee.role} onChange={(event) => updateAttendee(doc, attendee.id, { role: event.target.value as Attendee['role'] })} aria-label={t('attendance.role')} data-testid="attendee-role">
              {ATTENDEE_ROLES.map((role) => (
                <option key={role} value={role}>
                  {t(`attendeeRole.${role}`)}
                </option>
              ))}
            </select>
            <button type="button" className="button button-small button-danger" onClick={() => removeAttendee(doc, attendee.id)} data-testid="attendee-remove">
              {t('attendance.removeButton')}
            </button>
            <button type="button" className="button button-small" onClick={() => setOpen(false)}>
              {t('attendance.done')}
            </button>
          </div>
          {invites && <PersonalInviteControls attendee={attendee} invites={invites} />}
        </div>
      )}
    </li>
  );
}
