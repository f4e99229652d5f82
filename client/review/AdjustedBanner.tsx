import type { AdjustmentRecord } from '../../shared/adjustment/types';
import { CopyButton } from '../components/CopyButton';
import { formatDateTime } from '../i18n/formatDateTime';
import { useI18n } from '../i18n/useI18n';
import { LockIcon } from '../icons/LockIcon';
import { adjustedHeadline } from './adjustedHeadline';
import { shortHash } from './shortHash';

/** The adjusted protocol's seal: when, by whom, and the checksum anyone can verify. */
export function AdjustedBanner({ meetingId, adjustment }: { meetingId: string; adjustment: AdjustmentRecord }) {
  const { t, language } = useI18n();
  const approvals = adjustment.approvals.filter((approval) => approval.decision === 'approved');
  return (
    <section className="adjusted-banner" role="status" data-testid="adjusted-banner">
      <p className="adjusted-headline">
        <LockIcon />
        <strong data-testid="adjusted-headline">{adjustedHeadline(adjustment, t, language)}</strong>
      </p>
      {approvals.length > 0 && (
        <ul className="adjusted-approvals" aria-label={t('adjusted.approvals')}>
          {approvals.map((approval) => (
            <li key={`${approval.role}:${approval.name}`} data-testid="adjusted-approval">
              ✓ {t('adjusted.approval', { name: approval.name, role: t(`role.${approval.role}`), date: formatDateTime(approval.at, language) })}{' '}
              <span className="muted" data-testid="adjusted-verification" data-method={approval.verification?.method ?? 'none'}>
                ({t(`adjusted.verifiedBy.${approval.verification?.method ?? 'none'}`)}
                {approval.verification?.email ? ` ${approval.verification.email}` : ''})
              </span>
            </li>
          ))}
        </ul>
      )}
      <p className="adjusted-checksum">
        <span className="muted">{t('adjusted.checksum')}</span>
        <code title={adjustment.sha256} data-testid="adjusted-sha256" data-sha256={adjustment.sha256}>
          {shortHash(adjustment.sha256)}
        </code>
        <CopyButton text={adjustment.sha256} testId="copy-sha256" />
        <a className="button button-small" href={`/api/meetings/${encodeURIComponent(meetingId)}/verify`} target="_blank" rel="noreferrer" title={t('adjusted.verify.hint')} data-testid="verify-link">
          {t('adjusted.verify')}
        </a>
      </p>
    </section>
  );
}
