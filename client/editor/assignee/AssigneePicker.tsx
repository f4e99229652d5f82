import { useT } from '../../i18n/useT';
import type { MenuProps } from '../suggestion/MenuHandle';
import { MenuOption } from '../suggestion/MenuOption';
import { useMenuNavigation } from '../suggestion/useMenuNavigation';
import type { AssigneeOption } from './assigneeOptions';

/** The "@" picker: attendees matching the query, then the typed name as it is. */
export function AssigneePicker({ items, query, onPick, ref }: MenuProps<AssigneeOption>) {
  const t = useT();
  const [active, setActive] = useMenuNavigation(items, query, onPick, ref);
  if (items.length === 0) return null;
  return (
    <div className="menu" role="listbox" aria-label={t('assignee.label')} data-testid="assignee-picker">
      {items.map((option, index) => (
        <MenuOption
          key={`${option.kind}-${option.name}`}
          active={index === active}
          onActivate={() => setActive(index)}
          onPick={() => onPick(option)}
          testId="assignee-option"
          name={option.name}
        >
          <span className="menu-item-text">
            {option.kind === 'attendee' ? (
              <>
                <span className="menu-item-label">{option.name}</span>
                {option.organization && <span className="menu-item-hint">{option.organization}</span>}
              </>
            ) : (
              <span className="menu-item-label">{t('assignee.free', { name: option.name })}</span>
            )}
          </span>
        </MenuOption>
      ))}
    </div>
  );
}
