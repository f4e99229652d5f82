import type { MeetingSummary } from '../../shared/api/types';
import { formatDateTime } from '../i18n/formatDateTime';
import { formatMeetingTime } from '../i18n/formatMeetingTime';
import { useI18n } from '../i18n/useI18n';
import { Link } from '../router/Link';
import { meetingPath } from '../router/matchRoute';

export function RecentMeetingItem({ meeting }: { meeting: MeetingSummary }) {
  const { t, language } = useI18n();
  const when = meeting.startsAt
    ? formatMeetingTime(meeting.startsAt, language, meeting.timeZone)
    : t('recent.created', { date: formatDateTime(meeting.createdAt, language, false) });
  return (
    <li>
      <Link href={meetingPath(meeting.id)} className="recent-item" data-testid="recent-meeting">
        <span className="recent-title">{meeting.title}</span>
        <span className="recent-meta">
          {t(`kind.${meeting.kind}`)}
          {meeting.body ? ` · ${meeting.body}` : ''} · {when}
        </span>
        <span className={`pill state-${meeting.state}`}>{t(`state.${meeting.state}`)}</span>
        <span className="pill">{t(`role.${meeting.role}`)}</span>
      </Link>
    </li>
  );
}
