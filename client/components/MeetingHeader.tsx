import type { MeetingSummary } from '../../shared/api/types';
import { formatDateTime } from '../i18n/formatDateTime';
import { useI18n } from '../i18n/useI18n';

/** The document's letterhead: kind, body, title, time and place, as on the printed protocol. */
export function MeetingHeader({ meeting }: { meeting: MeetingSummary }) {
  const { t, language } = useI18n();
  const timeAndPlace = [meeting.startsAt ? formatDateTime(meeting.startsAt, language) : null, meeting.place]
    .filter(Boolean)
    .join(', ');
  return (
    <header className="doc-header" data-testid="meeting-header">
      <div className="doc-kicker">
        <span className="doc-kind">{t(`kind.${meeting.kind}`)}</span>
        {meeting.body && <span className="doc-body">{meeting.body}</span>}
        <span className="doc-pills">
          <span className={`pill state-${meeting.state}`}>{t(`state.${meeting.state}`)}</span>
          <span className="pill" data-testid="meeting-role" data-role={meeting.role}>
            {t('meeting.yourRole', { role: t(`role.${meeting.role}`) })}
          </span>
        </span>
      </div>
      <h1 className="doc-title">{meeting.title}</h1>
      {timeAndPlace && (
        <p className="doc-facts">
          <span className="doc-fact-label">{t('meeting.timeAndPlace')}</span>
          {timeAndPlace}
        </p>
      )}
    </header>
  );
}
