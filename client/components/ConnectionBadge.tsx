import type { ConnectionState } from '../collab/connectionState';
import { useT } from '../i18n/useT';

export function ConnectionBadge({ state }: { state: ConnectionState }) {
  const t = useT();
  return (
    <span className={`connection-badge is-${state}`} role="status" title={t(`connection.${state}.hint`)} data-testid="connection-badge" data-state={state}>
      <span className="connection-dot" aria-hidden="true" />
      {t(`connection.${state}`)}
    </span>
  );
}
