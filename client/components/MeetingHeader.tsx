import type { MeetingSummary } from '../../shared/api/types';
import { paragraphRange } from '../../shared/protocol/numbering';
import { writeMeta } from '../../shared/protocol/yDocMeta';
import { formatMeetingTime } from '../i18n/formatMeetingTime';
import { useI18n } from '../i18n/useI18n';
import { useMeetingData } from '../meeting/useMeetingData';
import { useMeetingMeta } from '../meeting/useMeetingMeta';
import { BoundInput } from './BoundInput';
import { FirstParagraphInput } from './FirstParagraphInput';
import { StartsAtInput } from './StartsAtInput';

interface MeetingHeaderProps {
  meeting: MeetingSummary;
  /** Paragraphs (§) in the body, for "Paragrafer 18–32"; null while the body is not loaded. */
  itemCount: number | null;
}

/**
 * The document's letterhead: kind, body, title, time and place, paragraph
 * range. The meeting data is the Y.Doc's, edited live by every editor.
 */
export function MeetingHeader({ meeting, itemCount }: MeetingHeaderProps) {
  const { t, language } = useI18n();
  const meta = useMeetingMeta();
  const { store, editable } = useMeetingData();
  const range = itemCount === null ? null : paragraphRange(itemCount, meta.firstParagraph);
  const timeAndPlace = [meta.startsAt ? formatMeetingTime(meta.startsAt, language, meeting.timeZone) : null, meta.place].filter(Boolean).join(', ');

  return (
    <header className="doc-header" data-testid="meeting-header">
      <div className="doc-kicker">
        <span className="doc-kind">{t(`kind.${meta.kind}`)}</span>
        {editable ? (
          <BoundInput
            className="doc-inline-input doc-body-input"
            value={meta.bodyName}
            onCommit={(bodyName) => writeMeta(store.doc, { bodyName })}
            placeholder={t('create.bodyPlaceholder')}
            aria-label={t('create.body')}
            data-testid="meta-body"
          />
        ) : (
          meta.bodyName && <span className="doc-body">{meta.bodyName}</span>
        )}
        <span className="doc-pills">
          <span className={`pill state-${meeting.state}`}>{t(`state.${meeting.state}`)}</span>
          <span className="pill" data-testid="meeting-role" data-role={meeting.role}>
            {t('meeting.yourRole', { role: t(`role.${meeting.role}`) })}
          </span>
        </span>
      </div>
      <h1 className="doc-title">{meeting.title}</h1>
      {editable ? (
        <div className="doc-fields">
          <label className="doc-field">
            <span className="doc-fact-label">{t('header.time')}</span>
            <StartsAtInput value={meta.startsAt} timeZone={meeting.timeZone} onChange={(startsAt) => writeMeta(store.doc, { startsAt })} />
          </label>
          <label className="doc-field doc-field-wide">
            <span className="doc-fact-label">{t('header.place')}</span>
            <BoundInput
              className="doc-inline-input"
              value={meta.place}
              onCommit={(place) => writeMeta(store.doc, { place })}
              placeholder={t('create.placePlaceholder')}
              data-testid="meta-place"
            />
          </label>
          <label className="doc-field">
            <span className="doc-fact-label">{t(meta.kind === 'protocol' ? 'header.firstParagraph' : 'header.firstItem')}</span>
            <FirstParagraphInput value={meta.firstParagraph} onChange={(firstParagraph) => writeMeta(store.doc, { firstParagraph })} />
          </label>
        </div>
      ) : (
        timeAndPlace && (
          <p className="doc-facts">
            <span className="doc-fact-label">{t('meeting.timeAndPlace')}</span>
            {timeAndPlace}
          </p>
        )
      )}
      {meta.kind === 'protocol' && range && (
        <p className="doc-facts doc-range" data-testid="paragraph-range" data-first={range.first} data-last={range.last}>
          <span className="doc-fact-label">{t('header.paragraphs')}</span>
          {range.first === range.last ? `${range.first}` : `${range.first}–${range.last}`}
        </p>
      )}
    </header>
  );
}
