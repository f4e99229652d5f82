import type { MeetingSummary } from '../../shared/api/types';
import { useT } from '../i18n/useT';
import { CorrectionForm } from './CorrectionForm';
import { CorrectionItem } from './CorrectionItem';
import { reviewActions } from './reviewActions';
import type { ReviewStatusValue } from './useReviewStatus';

interface CorrectionsSectionProps {
  meeting: Pick<MeetingSummary, 'id' | 'role' | 'person'>;
  review: ReviewStatusValue;
  displayName: string;
}

/** Rättelser under the adjusted protocol: an append-only addendum, never a change of the locked text. */
export function CorrectionsSection({ meeting, review, displayName }: CorrectionsSectionProps) {
  const t = useT();
  const corrections = review.status?.corrections ?? [];
  const mayCorrect = reviewActions(meeting.role, review.state).correct && displayName !== '';
  if (review.state !== 'adjusted' && corrections.length === 0) return null;

  return (
    <section className="corrections" aria-labelledby="corrections-heading" data-testid="corrections-section">
      <h2 id="corrections-heading">{t('corrections.heading')}</h2>
      <p className="muted corrections-hint">{t('corrections.hint')}</p>
      {corrections.length === 0 ? (
        <p className="muted">{t('corrections.empty')}</p>
      ) : (
        <ol className="correction-list">
          {corrections.map((correction) => (
            <CorrectionItem key={correction.id} correction={correction} />
          ))}
        </ol>
      )}
      {mayCorrect && <CorrectionForm meetingId={meeting.id} author={meeting.person ? undefined : displayName} onAdded={review.refresh} />}
    </section>
  );
}
