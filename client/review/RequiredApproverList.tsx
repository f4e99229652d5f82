import type { ReviewStatus } from '../../shared/adjustment/types';
import { formatDateTime } from '../i18n/formatDateTime';
import { useI18n } from '../i18n/useI18n';
import { approverStatus } from './approverStatus';

/** Who must approve this round and how far each has come. */
export function RequiredApproverList({ required }: { required: ReviewStatus['required'] }) {
  const { t, language } = useI18n();
  return (
    <div className="review-approvers">
      <h3>{t('review.approvers')}</h3>
      <ul>
        {required.map((approver) => {
          const status = approverStatus(approver);
          return (
            <li key={`${approver.role}:${approver.name}`} className={`is-${status.kind}`} data-testid="required-approver" data-status={status.kind}>
              <span className="review-approver-mark" aria-hidden="true">
                {status.kind === 'approved' ? '✓' : status.kind === 'declined' ? '✕' : '…'}
              </span>
              <span className="review-approver-name">
                {approver.name}
                <span className="muted"> · {t(`role.${approver.role}`)}</span>
              </span>
              <span className="review-approver-status">
                {status.kind === 'waiting' ? t('review.approver.waiting') : t(`review.approver.${status.kind}`, { date: formatDateTime(status.at, language) })}
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
