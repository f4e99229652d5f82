import type { PresenceEntry } from '../collab/presence';
import { useT } from '../i18n/useT';

interface PresenceBarProps {
  entries: PresenceEntry[];
  /** Null for a person the server knows: their name is the attendee list's, not one to change here. */
  onRenameSelf: (() => void) | null;
}

/** Who is here; a name the server does not vouch for (a shared link's typed name) says so. */
export function PresenceBar({ entries, onRenameSelf }: PresenceBarProps) {
  const t = useT();
  return (
    <ul className="presence" aria-label={t('presence.label')} data-testid="presence-bar">
      {entries.map((entry) => (
        <li key={entry.clientId} className={entry.isSelf ? 'presence-entry is-self' : 'presence-entry'} data-testid="presence-entry" data-name={entry.name} data-self={entry.isSelf}>
          <span className="presence-dot" style={{ backgroundColor: entry.color }} aria-hidden="true" />
          {entry.isSelf && onRenameSelf ? (
            <button type="button" className="presence-rename" onClick={onRenameSelf} title={t('name.change')} data-testid="change-name">
              {entry.name} <span className="presence-you">({t('presence.you')})</span>
            </button>
          ) : entry.isSelf ? (
            <span className="presence-name">
              {entry.name} <span className="presence-you">({t('presence.you')})</span>
            </span>
          ) : (
            <span className="presence-name">
              {entry.name}
              {!entry.verified && (
                <span className="presence-unverified" title={t('presence.unverified.hint')} data-testid="presence-unverified">
                  {' '}
                  ({t('presence.unverified')})
                </span>
              )}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
