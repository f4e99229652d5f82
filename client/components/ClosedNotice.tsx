import { CLOSE_VERSION } from '../../shared/collab/closeCodes';
import { closeMessageKey } from '../collab/closeMessageKey';
import { useT } from '../i18n/useT';

/** Shown when the server closed the socket for good and the provider stopped retrying. */
export function ClosedNotice({ code, reason }: { code: number; reason: string }) {
  const t = useT();
  return (
    <p className="closed-notice" role="alert" data-testid="closed-notice" data-code={code}>
      {t(closeMessageKey(code, reason), { code })}
      {/* A page of another version can do nothing but load the current one; its edits wait in the local copy. */}
      {code === CLOSE_VERSION.code && (
        <>
          {' '}
          <button type="button" className="button button-small" data-testid="reload-page" onClick={() => window.location.reload()}>
            {t('closed.reload')}
          </button>
        </>
      )}
    </p>
  );
}
