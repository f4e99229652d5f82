import { useMemo } from 'react';
import { useT } from '../../i18n/useT';
import { filterInsertActions } from '../insert/filterInsertActions';
import type { InsertAction } from '../insert/insertActions';
import { InsertActionIcon } from '../insert/InsertActionIcon';
import { useShortcutLabel } from '../insert/useShortcutLabel';
import type { MenuProps } from '../suggestion/MenuHandle';
import { MenuOption } from '../suggestion/MenuOption';
import { useMenuNavigation } from '../suggestion/useMenuNavigation';

/** The "/" menu: what can be inserted, filtered by what was typed after the slash. */
export function SlashMenu({ items, query, onPick, ref }: MenuProps<InsertAction>) {
  const t = useT();
  const shortcut = useShortcutLabel();
  const shown = useMemo(() => filterInsertActions(items, query, (action) => t(action.label)), [items, query, t]);
  const [active, setActive] = useMenuNavigation(shown, query, onPick, ref);

  return (
    <div className="menu" role="listbox" aria-label={t('slash.label')} data-testid="slash-menu">
      {shown.length === 0 && <p className="menu-empty">{t('slash.empty')}</p>}
      {shown.map((action, index) => (
        <MenuOption
          key={action.id}
          active={index === active}
          onActivate={() => setActive(index)}
          onPick={() => onPick(action)}
          testId={`slash-item-${action.id}`}
        >
          <span className="menu-item-icon">
            <InsertActionIcon id={action.id} />
          </span>
          <span className="menu-item-text">
            <span className="menu-item-label">{t(action.label)}</span>
            <span className="menu-item-hint">{t(action.hint)}</span>
          </span>
          {action.shortcut && <kbd className="menu-item-shortcut">{shortcut(action.shortcut)}</kbd>}
        </MenuOption>
      ))}
    </div>
  );
}
