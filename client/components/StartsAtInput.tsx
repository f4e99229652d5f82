import { formatMeetingTime } from '../i18n/formatMeetingTime';
import { useI18n } from '../i18n/useI18n';
import { fromLocalDateTimeInput, toLocalDateTimeInput } from '../meeting/localDateTime';
import { BoundInput } from './BoundInput';
import { FormattedPicker } from './FormattedPicker';

/**
 * When the meeting starts: a date-time picker, or the text as it is when it
 * is no date ("10 mars", carried over from a previous meeting's free text),
 * so nothing typed is ever hidden or lost. The time is the wall time in the
 * installation's `timeZone`, the same digits the exports print.
 */
export function StartsAtInput({ value, timeZone, onChange }: { value: string; timeZone: string; onChange: (next: string) => void }) {
  const { t, language } = useI18n();
  const local = toLocalDateTimeInput(value, timeZone);
  if (value && !local) {
    return <BoundInput className="doc-inline-input" value={value} onCommit={onChange} aria-label={t('header.time')} data-testid="meta-starts-at" />;
  }
  return (
    <FormattedPicker
      type="datetime-local"
      className="doc-inline-input"
      value={local}
      onCommit={(next) => onChange(fromLocalDateTimeInput(next))}
      display={value ? formatMeetingTime(value, language, timeZone) : ''}
      placeholder={t('header.timePlaceholder')}
      aria-label={t('header.time')}
      data-testid="meta-starts-at"
    />
  );
}
