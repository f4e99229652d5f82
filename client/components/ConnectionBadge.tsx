import type { ConnectionState } from '../collab/connectionState';
import { badgeView } from '../collab/saveBadge';
import type { SaveStatus } from '../collab/saveTracker';
import { useT } from '../i18n/useT';

export function ConnectionBadge({ state, save, localCopyAvailable }: { state: ConnectionState; save: SaveStatus; localCopyAvailable: boolean }) {
  const t = useT();
  const view = badgeView(state, save, localCopyAvailable);
  return (
    <span
      className={`connection-badge is-${state} saved-${view.saved}`}
      role="status"
      title={t(view.hint)}
      data-testid="connection-badge"
      data-state={state}
      data-saved={view.saved}
    >
      <span className="connection-dot" aria-hidden="true" />
      {t(view.label, view.params)}
    </span>
  );
}
