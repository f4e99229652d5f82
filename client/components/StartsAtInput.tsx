import { formatDateTime } from '../i18n/formatDateTime';
import { useI18n } from '../i18n/useI18n';
import { fromLocalDateTimeInput, toLocalDateTimeInput } from '../meeting/localDateTime';
import { BoundInput } from './BoundInput';
import { FormattedPicker } from './FormattedPicker';

/**
 * When the meeting starts: a date-time picker, or the text as it is when it
 * is no date ("10 mars", carried over from a previous meeting's free text),
 * so nothing typed is ever hidden or lost.
 */
export function StartsAtInput({ value, onChange }: { value: string; onChange: (next: string) => void }) {
  const { t, language } = useI18n();
  const local = toLocalDateTimeInput(value);
  if (value && !local) {
    return <BoundInput className="doc-inline-input" value={value} onCommit={onChange} aria-label={t('header.time')} data-testid="meta-starts-at" />;
  }
  return (
    <FormattedPicker
      type="datetime-local"
      className="doc-inline-input"
      value={local}
      onCommit={(next) => onChange(fromLocalDateTimeInput(next))}
      display={value ? formatDateTime(value, language) : ''}
      placeholder={t('header.timePlaceholder')}
      aria-label={t('header.time')}
      data-testid="meta-starts-at"
    />
  );
}
