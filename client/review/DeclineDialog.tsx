import { useState } from 'react';
import type { ReviewStatus } from '../../shared/adjustment/types';
import { decline } from '../api/reviewApi';
import { useT } from '../i18n/useT';
import { ModalDialog } from './ModalDialog';
import { useReviewAction } from './useReviewAction';
import { TextAreaField } from './TextAreaField';

interface DeclineDialogProps {
  meetingId: string;
  onStatus: (status: ReviewStatus) => void;
  onClose: () => void;
}

/** "Avslå": the reason is required, because the secretary must know what to change. */
/** The approver declines in person: the server knows who, so no name is sent. */
export function DeclineDialog({ meetingId, onStatus, onClose }: DeclineDialogProps) {
  const t = useT();
  const [reason, setReason] = useState('');
  const action = useReviewAction(onStatus);
  const trimmed = reason.trim();

  const submit = async () => {
    if (trimmed && (await action.run(() => decline(meetingId, { reason: trimmed })))) onClose();
  };

  return (
    <ModalDialog title={t('review.decline.title')} onClose={onClose} testId="decline-dialog">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <p className="muted">{t('review.decline.body')}</p>
        <TextAreaField id="decline-reason" label={t('review.decline.reason')} rows={4} autoFocus value={reason} placeholder={t('review.decline.reasonPlaceholder')} onChange={setReason} />
        {action.error && (
          <p className="form-error" role="alert" data-testid="review-error">
            {action.error}
          </p>
        )}
        <div className="actions">
          <button type="submit" className="button button-danger" disabled={!trimmed || action.busy} data-testid="confirm-decline">
            {action.busy ? t('review.declining') : t('review.decline.confirm')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('review.cancel')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
