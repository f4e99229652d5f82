import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { Attendee } from '../../shared/protocol/types';
import { ATTENDEE_ROLES, PRESENCES } from '../../shared/protocol/types';
import { addAttendee } from '../../shared/protocol/yDocMeta';
import { useT } from '../i18n/useT';
import { useMeetingData } from '../meeting/useMeetingData';
import { useMeetingMeta } from '../meeting/useMeetingMeta';
import { splitNameAndOrganization } from './splitNameAndOrganization';

/** Adds attendees one after the other: type "Anneli Alm, Tidaholm", Enter, next. */
export function AddAttendeeForm() {
  const t = useT();
  const { store } = useMeetingData();
  const { kind } = useMeetingMeta();
  const nameInput = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [role, setRole] = useState<Attendee['role']>('ledamot');
  const [presence, setPresence] = useState<Attendee['presence']>('present');

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const { name, organization } = splitNameAndOrganization(text);
    if (!name) return;
    addAttendee(store.doc, { name, organization, role, presence });
    setText('');
    setRole('ledamot');
    nameInput.current?.focus();
  };

  return (
    <form className="add-attendee" onSubmit={submit} data-testid="add-attendee">
      <label className="panel-label" htmlFor="add-attendee-name">
        {t('attendance.add')}
      </label>
      <input
        ref={nameInput}
        id="add-attendee-name"
        type="text"
        className="panel-input"
        value={text}
        maxLength={200}
        placeholder={t('attendance.addPlaceholder')}
        onChange={(event) => setText(event.target.value)}
        data-testid="add-attendee-name"
      />
      <div className="attendee-line">
        <select className="panel-select" value={role} onChange={(event) => setRole(event.target.value as Attendee['role'])} aria-label={t('attendance.role')} data-testid="add-attendee-role">
          {ATTENDEE_ROLES.map((option) => (
            <option key={option} value={option}>
              {t(`attendeeRole.${option}`)}
            </option>
          ))}
        </select>
        <select className="panel-select" value={presence} onChange={(event) => setPresence(event.target.value as Attendee['presence'])} aria-label={t('attendance.presence')} data-testid="add-attendee-presence">
          {PRESENCES.map((option) => (
            <option key={option} value={option}>
              {t(kind === 'notes' ? `presence.notes.${option}` : `presence.${option}`)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button button-small" disabled={!text.trim()} data-testid="add-attendee-submit">
        {t('attendance.addButton')}
      </button>
    </form>
  );
}
