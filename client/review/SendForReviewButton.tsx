import { useState } from 'react';
import type { ReviewStatus } from '../../shared/adjustment/types';
import { sendForReview } from '../api/reviewApi';
import { useT } from '../i18n/useT';
import { useAttendees } from '../meeting/useAttendees';
import { ModalDialog } from './ModalDialog';
import { plannedApprovers } from './plannedApprovers';
import { useReviewAction } from './useReviewAction';

interface SendForReviewButtonProps {
  meetingId: string;
  author: string | undefined;
  onStatus: (status: ReviewStatus) => void;
}

/** "Skicka för justering", confirmed in a dialog that names who will have to approve. */
export function SendForReviewButton({ meetingId, author, onStatus }: SendForReviewButtonProps) {
  const t = useT();
  const attendees = useAttendees();
  const [confirming, setConfirming] = useState(false);
  const action = useReviewAction(onStatus);
  const approvers = plannedApprovers(attendees);

  const close = () => {
    setConfirming(false);
    action.setError(null);
  };
  const send = async () => {
    if (await action.run(() => sendForReview(meetingId, author))) setConfirming(false);
  };

  return (
    <>
      <button type="button" className="button button-primary button-small" onClick={() => setConfirming(true)} data-testid="send-for-review">
        {t('review.send')}
      </button>
      {confirming && (
        <ModalDialog title={t('review.send.title')} onClose={close} testId="send-for-review-dialog">
          <p className="muted">{t('review.send.body')}</p>
          {approvers.length > 0 ? (
            <>
              <p className="review-dialog-lead">{t('review.send.approvers')}</p>
              <ul className="review-dialog-list" data-testid="planned-approvers">
                {approvers.map((approver) => (
                  <li key={`${approver.role}:${approver.name}`}>
                    {approver.name}
                    {approver.organization && <span className="muted">, {approver.organization}</span>}
                    <span className="muted"> · {t(`role.${approver.role}`)}</span>
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p className="review-warning">{t('review.send.noApprovers')}</p>
          )}
          {action.error && (
            <p className="form-error" role="alert" data-testid="review-error">
              {action.error}
            </p>
          )}
          <div className="actions">
            <button type="button" className="button button-primary" disabled={action.busy} onClick={() => void send()} data-testid="confirm-send-for-review">
              {action.busy ? t('review.sending') : t('review.send.confirm')}
            </button>
            <button type="button" className="button" onClick={close}>
              {t('review.cancel')}
            </button>
          </div>
        </ModalDialog>
      )}
    </>
  );
}
