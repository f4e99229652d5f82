import { useId, useState } from 'react';
import { useT } from '../../i18n/useT';
import { CloseIcon } from '../../icons/CloseIcon';
import { useAttendees } from '../../meeting/useAttendees';
import { assigneeNames } from '../assignee/assigneeNames';

interface AssigneeChipsProps {
  assignee: string;
  editable: boolean;
  onAdd: (name: string) => void;
  onRemove: (index: number) => void;
}

/** Who does it: one chip per name; attendees are offered, any other name can be typed. */
export function AssigneeChips({ assignee, editable, onAdd, onRemove }: AssigneeChipsProps) {
  const t = useT();
  const attendees = useAttendees();
  const listId = useId();
  const [adding, setAdding] = useState(false);
  const [name, setName] = useState('');
  const names = assigneeNames(assignee);

  const finish = (keep: boolean) => {
    if (keep && name.trim()) onAdd(name);
    setName('');
    setAdding(false);
  };

  return (
    <span className="assignees" data-testid="assignees">
      {names.length === 0 && !adding && <span className="assignees-none">{editable ? t('action.noAssigneeHint') : t('action.noAssignee')}</span>}
      {names.map((person, index) => (
        <span key={`${person}-${index}`} className="assignee-chip" data-testid="assignee-chip" data-name={person}>
          {person}
          {editable && (
            <button type="button" className="assignee-remove" onClick={() => onRemove(index)} title={t('action.removeAssignee', { name: person })} aria-label={t('action.removeAssignee', { name: person })}>
              <CloseIcon />
            </button>
          )}
        </span>
      ))}
      {editable &&
        (adding ? (
          <>
            <input
              type="text"
              className="assignee-input"
              autoFocus
              list={listId}
              value={name}
              placeholder={t('action.assigneePlaceholder')}
              aria-label={t('action.addAssignee')}
              onChange={(event) => setName(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter') {
                  event.preventDefault();
                  finish(true);
                } else if (event.key === 'Escape') {
                  event.preventDefault();
                  finish(false);
                }
              }}
              onBlur={() => finish(true)}
              data-testid="assignee-input"
            />
            <datalist id={listId}>
              {attendees.map((attendee) => (
                <option key={attendee.id} value={attendee.name}>
                  {attendee.organization}
                </option>
              ))}
            </datalist>
          </>
        ) : (
          <button type="button" className="assignee-add" onClick={() => setAdding(true)} title={t('action.addAssignee')} aria-label={t('action.addAssignee')} data-testid="assignee-add">
            +
          </button>
        ))}
    </span>
  );
}
