import type { ReviewStatus } from '../../shared/adjustment/types';
import { formatDateTime } from '../i18n/formatDateTime';
import { useI18n } from '../i18n/useI18n';

/** For the secretary: parts of the stored document did not load and were set aside; the meeting opened without them. */
export function SetAsideNotice({ setAside }: { setAside: NonNullable<ReviewStatus['setAside']> }) {
  const { t, language } = useI18n();
  return (
    <section className="review-warning set-aside-notice" role="alert" data-testid="set-aside-notice">
      <p>
        <strong>{t('review.setAside.title', { count: setAside.rows })}</strong>
      </p>
      <p data-testid="set-aside-body">{t('review.setAside.body', { date: formatDateTime(setAside.lastAt, language) })}</p>
    </section>
  );
}
