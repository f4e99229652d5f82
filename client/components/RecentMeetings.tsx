import type { RecentMeetingsLoad } from '../api/useRecentMeetings';
import { useT } from '../i18n/useT';
import { RecentMeetingItem } from './RecentMeetingItem';

export function RecentMeetings({ load }: { load: RecentMeetingsLoad }) {
  const t = useT();
  return (
    <section className="recent" aria-labelledby="recent-heading" data-testid="recent-meetings">
      <h2 id="recent-heading">{t('recent.heading')}</h2>
      {load.status === 'loading' && <p className="muted">{t('recent.loading')}</p>}
      {load.status === 'failed' && (
        <p className="form-error" role="alert">
          {t('recent.failed', { message: load.error.message })}
        </p>
      )}
      {load.status === 'ready' && load.meetings.length === 0 && <p className="muted">{t('recent.empty')}</p>}
      {load.status === 'ready' && load.meetings.length > 0 && (
        <ul className="recent-list">
          {load.meetings.map((meeting) => (
            <RecentMeetingItem key={meeting.id} meeting={meeting} />
          ))}
        </ul>
      )}
    </section>
  );
}
