import { useEffect } from 'react';
import type { MeetingSummary } from '../../shared/api/types';
import type { CollabSession } from '../collab/createCollabSession';
import { useT } from '../i18n/useT';
import { AdjustedBanner } from './AdjustedBanner';
import { ApproveControls } from './ApproveControls';
import { AuditLog } from './AuditLog';
import { DeclineNotice } from './DeclineNotice';
import { IntegrityAlert } from './IntegrityAlert';
import { RequiredApproverList } from './RequiredApproverList';
import { reviewActions } from './reviewActions';
import { ReviewStateBadge } from './ReviewStateBadge';
import { SendForReviewButton } from './SendForReviewButton';
import { SetAsideNotice } from './SetAsideNotice';
import type { ReviewStatusValue } from './useReviewStatus';
import { WithdrawReviewButton } from './WithdrawReviewButton';

interface ReviewBarProps {
  meeting: Pick<MeetingSummary, 'id' | 'role' | 'kind' | 'person'>;
  review: ReviewStatusValue;
  session: CollabSession;
  displayName: string;
  /** The server closed the socket because the protocol was locked: the status must be behind. */
  socketLocked: boolean;
}

/** Above the document: where the protocol stands in the adjustment and what this role can do about it. */
export function ReviewBar({ meeting, review, session, displayName, socketLocked }: ReviewBarProps) {
  const t = useT();
  const { status, state, error, refresh, accept } = review;
  const actions = reviewActions(meeting.role, state);
  // Minnesanteckningar are never adjusted (the server refuses): no state to show, only the log.
  const adjustable = meeting.kind === 'protocol';
  const person = meeting.person ?? null;
  // A known person's steps are recorded under their own name: the client sends none.
  const author = person ? undefined : displayName;

  useEffect(() => {
    if (socketLocked && state !== 'adjusted') refresh();
  }, [socketLocked, state, refresh]);

  // Only the secretary, who reads the event log where each row is listed, can act on it.
  const setAside = actions.readAudit && status?.setAside ? <SetAsideNotice setAside={status.setAside} /> : null;

  if (!adjustable && state === 'draft') {
    return actions.readAudit ? (
      <section className="review-bar is-notes" aria-label={t('review.label')} data-testid="review-bar" data-state={state}>
        <div className="review-bar-actions">
          <AuditLog meetingId={meeting.id} />
        </div>
        {setAside}
      </section>
    ) : null;
  }

  return (
    <section className={`review-bar is-${state}`} aria-label={t('review.label')} data-testid="review-bar" data-state={state}>
      <div className="review-bar-row">
        <span className="review-bar-label">{t('review.state')}</span>
        <ReviewStateBadge state={state} />
        <div className="review-bar-actions">
          {status && displayName && actions.sendForReview && <SendForReviewButton meetingId={meeting.id} author={author} onStatus={accept} />}
          {status && displayName && actions.withdraw && <WithdrawReviewButton meetingId={meeting.id} author={author} onStatus={accept} />}
          {actions.readAudit && <AuditLog meetingId={meeting.id} />}
        </div>
      </div>
      {!status && !error && (
        <p className="muted review-note" role="status">
          {t('review.loading')}
        </p>
      )}
      {error && (
        <p className="form-error review-error" role="alert">
          {t('review.loadFailed', { message: error.message })}{' '}
          <button type="button" className="button button-small" onClick={refresh}>
            {t('review.retry')}
          </button>
        </p>
      )}
      {setAside}
      {status && state === 'draft' && status.lastDecline && <DeclineNotice decline={status.lastDecline} />}
      {status && state === 'review' && (
        <>
          <RequiredApproverList required={status.required} />
          <ApproveControls meetingId={meeting.id} role={meeting.role} person={person} required={status.required} session={session} onStatus={accept} />
        </>
      )}
      {status?.adjustment &&
        state === 'adjusted' &&
        (status.integrity === 'mismatch' ? <IntegrityAlert adjustment={status.adjustment} /> : <AdjustedBanner meetingId={meeting.id} adjustment={status.adjustment} />)}
    </section>
  );
}
