import { useState } from 'react';
import type { ReviewStatus } from '../../shared/adjustment/types';
import type { MeetingPerson } from '../../shared/api/types';
import type { Role } from '../../shared/roles';
import { approve } from '../api/reviewApi';
import type { CollabSession } from '../collab/createCollabSession';
import { useT } from '../i18n/useT';
import { approvalBlocker } from './approvalBlocker';
import { DeclineDialog } from './DeclineDialog';
import { encodeStateVectorBase64 } from './encodeStateVectorBase64';
import { ownApprover } from './ownApprover';
import { useReviewAction } from './useReviewAction';
import { useUnsavedPeers } from './useUnsavedPeers';
import { useUnsentChanges } from './useUnsentChanges';

interface ApproveControlsProps {
  meetingId: string;
  role: Role;
  /** Who the server knows this browser to be; null on a shared role link. */
  person: MeetingPerson | null;
  required: ReviewStatus['required'];
  session: CollabSession;
  onStatus: (status: ReviewStatus) => void;
}

/**
 * "Godkänn och justera" and "Avslå" for the required approver in person.
 * Nobody picks whom they approve as: the server knows who opened their
 * personal invitation. A chair's or adjuster's shared role link is told how
 * to approve instead of being offered a button the server would refuse.
 */
export function ApproveControls({ meetingId, role, person, required, session, onStatus }: ApproveControlsProps) {
  const t = useT();
  const action = useReviewAction(onStatus);
  const hasUnsent = useUnsentChanges(session);
  const unsavedPeers = useUnsavedPeers(session.provider);
  const [declining, setDeclining] = useState(false);

  if (!person) {
    return role === 'chair' || role === 'adjuster' ? (
      <p className="muted review-note" data-testid="approval-needs-person">
        {t('review.needsPersonalInvite')}
      </p>
    ) : null;
  }
  const own = ownApprover(required, person);
  if (!own) return null;
  if (own.approval !== null) {
    return (
      <p className="muted review-note" data-testid="already-approved">
        {t(own.approval.decision === 'approved' ? 'review.youApproved' : 'review.youDeclined', { name: own.name })}
      </p>
    );
  }

  const approveNow = () => {
    const { provider } = session;
    const blocker = approvalBlocker({ synced: provider.wsconnected && provider.synced, hasUnsent: hasUnsent() });
    if (blocker) {
      action.setError(t(blocker));
      return;
    }
    void action.run(() => approve(meetingId, { stateVector: encodeStateVectorBase64(session.doc) }));
  };

  return (
    <div className="review-approve">
      <span className="review-approve-as" data-testid="approving-as">
        {t('review.approvingAs', { name: own.name, role: t(`role.${own.role}`) })}
      </span>
      <button type="button" className="button button-primary button-small" disabled={action.busy} title={t('review.approve.hint')} onClick={approveNow} data-testid="approve">
        {action.busy ? t('review.approving') : t('review.approve')}
      </button>
      <button type="button" className="button button-small" disabled={action.busy} onClick={() => setDeclining(true)} data-testid="decline">
        {t('review.decline')}
      </button>
      {unsavedPeers.length > 0 && (
        <p className="review-warning" role="status" data-testid="peers-unsaved">
          {t('review.peersUnsaved', { names: unsavedPeers.join(', ') })}
        </p>
      )}
      {action.error && (
        <p className="form-error review-error" role="alert" data-testid="review-error">
          {action.error}
        </p>
      )}
      {declining && <DeclineDialog meetingId={meetingId} onStatus={onStatus} onClose={() => setDeclining(false)} />}
    </div>
  );
}
