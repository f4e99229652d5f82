import type { ApiError } from '../api/ApiError';
import { useT } from '../i18n/useT';
import { Link } from '../router/Link';

/** Why the meeting cannot be shown, in words that tell the user what to do next. */
export function MeetingProblem({ error }: { error: ApiError }) {
  const t = useT();
  const kind = error.status === 401 || error.status === 403 ? 'unauthorized' : error.status === 404 ? 'notFound' : 'failed';
  return (
    <section className="card problem" role="alert" data-testid="meeting-error" data-kind={kind}>
      <h1>{t(`meeting.${kind}.title`)}</h1>
      <p>{kind === 'failed' ? error.message : t(`meeting.${kind}.body`)}</p>
      <p>
        <Link href="/" className="button">
          {t('app.home')}
        </Link>
      </p>
    </section>
  );
}
