import type { ReviewStatus } from '../../shared/adjustment/types';
import { withdrawReview } from '../api/reviewApi';
import { useT } from '../i18n/useT';
import { useReviewAction } from './useReviewAction';

interface WithdrawReviewButtonProps {
  meetingId: string;
  author: string | undefined;
  onStatus: (status: ReviewStatus) => void;
}

/** "Återta": the secretary takes the protocol back to draft; nothing is lost, so no confirmation. */
export function WithdrawReviewButton({ meetingId, author, onStatus }: WithdrawReviewButtonProps) {
  const t = useT();
  const action = useReviewAction(onStatus);
  return (
    <>
      <button
        type="button"
        className="button button-small"
        disabled={action.busy}
        title={t('review.withdraw.hint')}
        onClick={() => void action.run(() => withdrawReview(meetingId, author))}
        data-testid="withdraw-review"
      >
        {action.busy ? t('review.withdrawing') : t('review.withdraw')}
      </button>
      {action.error && (
        <span className="inline-error" role="alert" data-testid="review-error">
          {action.error}
        </span>
      )}
    </>
  );
}
