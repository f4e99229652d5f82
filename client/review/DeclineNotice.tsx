import type { ApprovalRecord } from '../../shared/adjustment/types';
import { formatDateTime } from '../i18n/formatDateTime';
import { useI18n } from '../i18n/useI18n';

/** Tells the secretary, back in draft, why the last round was declined. */
export function DeclineNotice({ decline }: { decline: ApprovalRecord }) {
  const { t, language } = useI18n();
  return (
    <p className="review-decline-notice" role="note" data-testid="decline-notice">
      {t('review.declinedBy', {
        name: decline.name,
        role: t(`role.${decline.role}`),
        date: formatDateTime(decline.at, language),
        reason: decline.reason ?? '',
      })}
    </p>
  );
}
