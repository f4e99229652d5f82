import type { MeetingSummary } from '../../shared/api/types';
import { writeMeta } from '../../shared/protocol/yDocMeta';
import { formatDateTime } from '../i18n/formatDateTime';
import { useI18n } from '../i18n/useI18n';
import { useMeetingData } from '../meeting/useMeetingData';
import { useMeetingMeta } from '../meeting/useMeetingMeta';
import { BoundInput } from './BoundInput';
import { CreateNextMeeting } from './CreateNextMeeting';
import { PickerOrTextInput } from './PickerOrTextInput';

/**
 * "Nästa möte" at the foot of the protocol: date, time and place, which the
 * next meeting starts from; the secretary creates it from here, also once
 * this protocol is locked.
 */
export function NextMeetingSection({ meeting }: { meeting: MeetingSummary }) {
  const { t, language } = useI18n();
  const { nextMeeting } = useMeetingMeta();
  const { store, editable } = useMeetingData();
  const secretary = meeting.role === 'secretary';

  if (!editable) {
    const date = /^\d{4}-\d\d-\d\d$/.test(nextMeeting.date) ? formatDateTime(`${nextMeeting.date}T00:00`, language, false) : nextMeeting.date;
    const when = [date, nextMeeting.time ? t('next.at', { time: nextMeeting.time }) : ''].filter(Boolean).join(' ');
    const text = [when, nextMeeting.place].filter(Boolean).join(', ');
    if (!text && !secretary) return null;
    return (
      <footer className="doc-next" data-testid="next-meeting">
        <span className="doc-fact-label">{t('next.heading')}</span>
        <div className="doc-next-row">
          <span>{text}</span>
          {secretary && <CreateNextMeeting meetingId={meeting.id} />}
        </div>
      </footer>
    );
  }

  return (
    <footer className="doc-next" data-testid="next-meeting">
      <span className="doc-fact-label">{t('next.heading')}</span>
      <div className="doc-next-row">
        <div className="doc-fields">
          <label className="doc-field">
            <span className="doc-field-label">{t('next.date')}</span>
            <PickerOrTextInput type="date" className="doc-inline-input" value={nextMeeting.date} onCommit={(date) => writeMeta(store.doc, { nextMeeting: { date } })} placeholder={t('next.datePlaceholder')} data-testid="next-date" />
          </label>
          <label className="doc-field">
            <span className="doc-field-label">{t('next.time')}</span>
            <PickerOrTextInput type="time" className="doc-inline-input" value={nextMeeting.time} onCommit={(time) => writeMeta(store.doc, { nextMeeting: { time } })} placeholder={t('next.timePlaceholder')} data-testid="next-time" />
          </label>
          <label className="doc-field doc-field-wide">
            <span className="doc-field-label">{t('next.place')}</span>
            <BoundInput className="doc-inline-input" value={nextMeeting.place} onCommit={(place) => writeMeta(store.doc, { nextMeeting: { place } })} placeholder={t('next.placePlaceholder')} data-testid="next-place" />
          </label>
        </div>
        {secretary && <CreateNextMeeting meetingId={meeting.id} />}
      </div>
    </footer>
  );
}
