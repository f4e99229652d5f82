import { useState } from 'react';
import { createNextMeeting } from '../api/meetingsApi';
import { toApiError } from '../api/toApiError';
import { useT } from '../i18n/useT';
import { keepFreshInvites } from '../meeting/freshInvites';

/**
 * "Skapa nästa möte": the server copies attendees and roles, continues the
 * numbering and carries open action items over; then the new meeting opens
 * through its secretary invite, which also gives this browser its session.
 */
export function CreateNextMeeting({ meetingId }: { meetingId: string }) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const create = async () => {
    setBusy(true);
    setError(null);
    try {
      const created = await createNextMeeting(meetingId);
      keepFreshInvites(created);
      window.location.assign(new URL(created.invites.secretary.url, window.location.origin).pathname);
    } catch (failure) {
      setError(t('next.createFailed', { message: toApiError(failure).message }));
      setBusy(false);
    }
  };

  return (
    <>
      <button type="button" className="button button-small" disabled={busy} onClick={() => void create()} title={t('next.createHint')} data-testid="create-next-meeting">
        {busy ? t('next.creating') : t('next.create')}
      </button>
      {error && (
        <span className="inline-error" role="alert" data-testid="create-next-error">
          {error}
        </span>
      )}
    </>
  );
}
