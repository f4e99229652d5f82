import type { ApiError } from '../api/ApiError';
import { useT } from '../i18n/useT';
import { Link } from '../router/Link';

/** Why the meeting cannot be shown, in words that tell the user what to do next. */
export function MeetingProblem({ error, meetingId, signInAvailable = false }: { error: ApiError; meetingId?: string; signInAvailable?: boolean }) {
  const t = useT();
  const kind = error.status === 401 || error.status === 403 ? 'unauthorized' : error.status === 404 ? 'notFound' : 'failed';
  // A withdrawn invitation or expired links: reopening the link would not help, so say what would.
  const credentialReason = error.reason === 'invite_withdrawn' || error.reason === 'session_ended' || error.reason === 'links_expired' ? error.reason : null;
  return (
    <section className="card problem" role="alert" data-testid="meeting-error" data-kind={kind} data-reason={credentialReason ?? undefined}>
      <h1>{t(`meeting.${kind}.title`)}</h1>
      <p>{credentialReason ? t(`refusal.${credentialReason}`) : kind === 'failed' ? error.message : t(`meeting.${kind}.body`)}</p>
      <p>
        {/* An attendee whose organisation account has their listed e-mail gets in without a link. */}
        {kind === 'unauthorized' && signInAvailable && meetingId ? (
          <a className="button" href={`/join/signed-in/${encodeURIComponent(meetingId)}`} data-testid="open-signed-in">
            {t('meeting.unauthorized.signIn')}
          </a>
        ) : null}{' '}
        <Link href="/" className="button">
          {t('app.home')}
        </Link>
      </p>
    </section>
  );
}
