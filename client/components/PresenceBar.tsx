import type { PresenceEntry } from '../collab/presence';
import { useT } from '../i18n/useT';

interface PresenceBarProps {
  entries: PresenceEntry[];
  onRenameSelf: () => void;
}

export function PresenceBar({ entries, onRenameSelf }: PresenceBarProps) {
  const t = useT();
  return (
    <ul className="presence" aria-label={t('presence.label')} data-testid="presence-bar">
      {entries.map((entry) => (
        <li key={entry.clientId} className={entry.isSelf ? 'presence-entry is-self' : 'presence-entry'} data-testid="presence-entry" data-name={entry.name} data-self={entry.isSelf}>
          <span className="presence-dot" style={{ backgroundColor: entry.color }} aria-hidden="true" />
          {entry.isSelf ? (
            <button type="button" className="presence-rename" onClick={onRenameSelf} title={t('name.change')} data-testid="change-name">
              {entry.name} <span className="presence-you">({t('presence.you')})</span>
            </button>
          ) : (
            <span className="presence-name">{entry.name}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
