import { closeMessageKey } from '../collab/closeMessageKey';
import { useT } from '../i18n/useT';

/** Shown when the server closed the socket for good and the provider stopped retrying. */
export function ClosedNotice({ code, reason }: { code: number; reason: string }) {
  const t = useT();
  return (
    <p className="closed-notice" role="alert" data-testid="closed-notice" data-code={code}>
      {t(closeMessageKey(code, reason), { code })}
    </p>
  );
}
