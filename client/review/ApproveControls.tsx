import { useState } from 'react';
import type { ApproverRole, ReviewStatus } from '../../shared/adjustment/types';
import { approve } from '../api/reviewApi';
import type { CollabSession } from '../collab/createCollabSession';
import { useT } from '../i18n/useT';
import { approvalBlocker } from './approvalBlocker';
import { DeclineDialog } from './DeclineDialog';
import { encodeStateVectorBase64 } from './encodeStateVectorBase64';
import { approversOfRole, preselectApprover } from './preselectApprover';
import { useReviewAction } from './useReviewAction';
import { useUnsentChanges } from './useUnsentChanges';

interface ApproveControlsProps {
  meetingId: string;
  role: ApproverRole;
  required: ReviewStatus['required'];
  displayName: string;
  session: CollabSession;
  onStatus: (status: ReviewStatus) => void;
}

/** "Godkänn och justera" and "Avslå" for a chair or adjuster, as the required approver they pick. */
export function ApproveControls({ meetingId, role, required, displayName, session, onStatus }: ApproveControlsProps) {
  const t = useT();
  const action = useReviewAction(onStatus);
  const hasUnsent = useUnsentChanges(session);
  const [choice, setChoice] = useState<string | null>(null);
  const [declining, setDeclining] = useState(false);

  const ofRole = approversOfRole(required, role);
  const pending = ofRole.filter((approver) => approver.approval === null);
  // A choice that someone else has meanwhile used falls back to the preselection.
  const selected = choice !== null && pending.some((approver) => approver.name === choice) ? choice : preselectApprover(required, role, displayName);
  const selectedApprover = ofRole.find((approver) => approver.name === selected);

  if (pending.length === 0 || selected === null || !selectedApprover) {
    return ofRole.length > 0 ? <p className="muted review-note">{t('review.allDecided')}</p> : null;
  }
  const alreadyDecided = selectedApprover.approval !== null;

  const approveNow = () => {
    const { provider } = session;
    const blocker = approvalBlocker({ synced: provider.wsconnected && provider.synced, hasUnsent: hasUnsent() });
    if (blocker) {
      action.setError(t(blocker));
      return;
    }
    void action.run(() => approve(meetingId, { name: selected, stateVector: encodeStateVectorBase64(session.doc) }));
  };

  return (
    <div className="review-approve">
      <label className="review-approve-as">
        <span>{t('review.approveAs')}</span>
        <select className="review-select" value={selected} onChange={(event) => setChoice(event.target.value)} data-testid="approver-select">
          {ofRole.map((approver) => (
            <option key={approver.name} value={approver.name} disabled={approver.approval !== null}>
              {approver.name} ({t(`role.${approver.role}`)})
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="button button-primary button-small" disabled={action.busy || alreadyDecided} title={t('review.approve.hint')} onClick={approveNow} data-testid="approve">
        {action.busy ? t('review.approving') : t('review.approve')}
      </button>
      <button type="button" className="button button-small" disabled={action.busy || alreadyDecided} onClick={() => setDeclining(true)} data-testid="decline">
        {t('review.decline')}
      </button>
      {alreadyDecided && (
        <p className="muted review-note review-error" data-testid="already-approved">
          {t('review.alreadyApproved', { name: selected })}
        </p>
      )}
      {action.error && (
        <p className="form-error review-error" role="alert" data-testid="review-error">
          {action.error}
        </p>
      )}
      {declining && <DeclineDialog meetingId={meetingId} name={selected} onStatus={onStatus} onClose={() => setDeclining(false)} />}
    </div>
  );
}
