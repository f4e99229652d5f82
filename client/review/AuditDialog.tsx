import { useEffect, useState } from 'react';
import type { AuditEntry } from '../../shared/adjustment/types';
import { getAudit } from '../api/reviewApi';
import { toApiError } from '../api/toApiError';
import { useT } from '../i18n/useT';
import { AuditEntryRow } from './AuditEntryRow';
import { ModalDialog } from './ModalDialog';

type AuditLoad = { status: 'loading' } | { status: 'ready'; entries: AuditEntry[] } | { status: 'failed'; message: string };

/** The audit entries, loaded fresh each time the dialog opens. */
export function AuditDialog({ meetingId, onClose }: { meetingId: string; onClose: () => void }) {
  const t = useT();
  const [load, setLoad] = useState<AuditLoad>({ status: 'loading' });

  useEffect(() => {
    const controller = new AbortController();
    getAudit(meetingId, controller.signal).then(
      ({ entries }) => setLoad({ status: 'ready', entries }),
      (failure: unknown) => {
        if (!controller.signal.aborted) setLoad({ status: 'failed', message: toApiError(failure).message });
      },
    );
    return () => controller.abort();
  }, [meetingId]);

  return (
    <ModalDialog title={t('audit.title')} onClose={onClose} testId="audit-dialog" wide>
      {load.status === 'loading' && (
        <p className="muted" role="status">
          {t('audit.loading')}
        </p>
      )}
      {load.status === 'failed' && (
        <p className="form-error" role="alert">
          {t('audit.failed', { message: load.message })}
        </p>
      )}
      {load.status === 'ready' && load.entries.length === 0 && <p className="muted">{t('audit.empty')}</p>}
      {load.status === 'ready' && load.entries.length > 0 && (
        <div className="audit-scroll">
          <table className="audit-table">
            <thead>
              <tr>
                <th scope="col">{t('audit.time')}</th>
                <th scope="col">{t('audit.action')}</th>
                <th scope="col">{t('audit.actor')}</th>
                <th scope="col">{t('audit.role')}</th>
                <th scope="col">{t('audit.detail')}</th>
              </tr>
            </thead>
            <tbody>
              {load.entries.map((entry) => (
                <AuditEntryRow key={entry.id} entry={entry} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="actions">
        <button type="button" className="button" onClick={onClose}>
          {t('review.close')}
        </button>
      </div>
    </ModalDialog>
  );
}
