import type { AdjustmentRecord } from '../../shared/adjustment/types';
import { CopyButton } from '../components/CopyButton';
import { formatDateTime } from '../i18n/formatDateTime';
import { useI18n } from '../i18n/useI18n';
import { shortHash } from './shortHash';

/** In place of the seal: the stored adjusted protocol no longer matches the checksum of its lock. */
export function IntegrityAlert({ adjustment }: { adjustment: AdjustmentRecord }) {
  const { t, language } = useI18n();
  return (
    <section className="review-warning integrity-alert" role="alert" data-testid="integrity-alert">
      <p>
        <strong>{t('adjusted.integrity.title')}</strong>
      </p>
      <p data-testid="integrity-alert-body">{t('adjusted.integrity.body', { date: formatDateTime(adjustment.adjustedAt, language), names: adjustment.adjustedBy })}</p>
      <p>
        <span className="muted">{t('adjusted.integrity.checksum')}</span>{' '}
        <code title={adjustment.sha256} data-testid="integrity-sha256">
          {shortHash(adjustment.sha256)}
        </code>{' '}
        <CopyButton text={adjustment.sha256} testId="copy-integrity-sha256" />
      </p>
    </section>
  );
}
