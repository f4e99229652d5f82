import { useState } from 'react';
import type { Attendee } from '../../shared/protocol/types';
import { errorText } from '../api/errorText';
import { CopyButton } from '../components/CopyButton';
import { formatDateTime } from '../i18n/formatDateTime';
import { useI18n } from '../i18n/useI18n';
import { useT } from '../i18n/useT';
import type { PersonalInvites } from './usePersonalInvites';

/**
 * The secretary's controls for one attendee's personal invitation: the
 * e-mail the server keeps (never in the shared document), a link that
 * makes its holder known as this person — the only way to approve without
 * signing in — and withdrawing it. A link is shown once; "Ny länk" issues
 * another and the old one stops working.
 */
export function PersonalInviteControls({ attendee, invites }: { attendee: Attendee; invites: PersonalInvites }) {
  const t = useT();
  const { language } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const view = invites.views.get(attendee.id);
  const fresh = invites.fresh.get(attendee.id);
  const invitedAt = view?.invitedAt ?? null;

  const act = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (failure) {
      setError(errorText(t, failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="personal-invite" data-testid="personal-invite">
      <input
        key={view?.email ?? ''}
        className="panel-input"
        type="email"
        defaultValue={view?.email ?? ''}
        // Saved when the field is left, not per keystroke: half an address is refused by the server.
        onBlur={(event) => {
          const email = event.target.value.trim() || null;
          if (email !== (view?.email ?? null)) void act(() => invites.setEmail(attendee.id, email));
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') event.currentTarget.blur();
        }}
        placeholder={t('attendance.email')}
        aria-label={t('attendance.emailOf', { name: attendee.name })}
        data-testid="attendee-email"
      />
      <p className="muted personal-invite-status" data-testid="personal-invite-status">
        {invitedAt ? t('attendance.invite.issued', { date: formatDateTime(invitedAt, language) }) : t('attendance.invite.none')}
        {invitedAt && ` ${view?.openedAt ? t('attendance.invite.opened', { date: formatDateTime(view.openedAt, language) }) : t('attendance.invite.notOpened')}`}
      </p>
      {fresh && (
        <div className="personal-invite-link">
          <input className="panel-input" readOnly value={fresh.url} aria-label={t('attendance.invite.linkOf', { name: attendee.name })} data-testid="personal-invite-url" onFocus={(event) => event.target.select()} />
          <CopyButton text={fresh.url} testId="personal-invite-copy" />
          <p className="muted">{t('attendance.invite.personalHint')}</p>
        </div>
      )}
      <div className="attendee-line">
        <button type="button" className="button button-small" disabled={busy} onClick={() => void act(() => invites.issue(attendee.id))} data-testid="personal-invite-issue">
          {t(invitedAt ? 'attendance.invite.reissue' : 'attendance.invite.create')}
        </button>
        {invitedAt && (
          <button type="button" className="button button-small button-danger" disabled={busy} onClick={() => void act(() => invites.withdraw(attendee.id))} data-testid="personal-invite-withdraw">
            {t('attendance.invite.withdraw')}
          </button>
        )}
      </div>
      {error && (
        <p className="form-error" role="alert" data-testid="personal-invite-error">
          {error}
        </p>
      )}
    </div>
  );
}
