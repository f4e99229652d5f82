import type { MeResponse } from '../../shared/api/me';
// Meeting times are stored as wall time, so the zone only matters for an old instant; /api/me does not carry the installation's.
import { DEFAULT_TIME_ZONE } from '../../shared/time/defaultTimeZone';
import { formatMeetingTime } from '../i18n/formatMeetingTime';
import { useI18n } from '../i18n/useI18n';

/**
 * "Mina möten": the meetings whose attendee list has the signed-in
 * person's verified e-mail. Each opens through /join/signed-in, which makes
 * the browser that attendee without any link.
 */
export function MyMeetings({ me }: { me: MeResponse | null }) {
  const { t, language } = useI18n();
  if (!me?.signedIn) return null;
  return (
    <section className="recent" aria-labelledby="my-meetings-heading" data-testid="my-meetings">
      <h2 id="my-meetings-heading">{t('myMeetings.heading')}</h2>
      {me.meetings.length === 0 ? (
        <p className="muted">{t('myMeetings.empty', { email: me.signedIn.email ?? '' })}</p>
      ) : (
        <ul className="recent-list">
          {me.meetings.map((meeting) => (
            <li key={meeting.id}>
              <a href={`/join/signed-in/${encodeURIComponent(meeting.id)}`} className="recent-item" data-testid="my-meeting">
                <span className="recent-title">{meeting.title}</span>
                {meeting.startsAt && <span className="recent-meta">{formatMeetingTime(meeting.startsAt, language, DEFAULT_TIME_ZONE)}</span>}
                <span className={`pill state-${meeting.state}`}>{t(`state.${meeting.state}`)}</span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
