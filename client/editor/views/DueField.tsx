import { DUE_NEXT_MEETING } from '../../../shared/protocol/types';
import { FormattedPicker } from '../../components/FormattedPicker';
import { formatDateTime } from '../../i18n/formatDateTime';
import { useI18n } from '../../i18n/useI18n';

type DueChoice = 'none' | 'nextMeeting' | 'date';

const ISO_DATE = /^\d{4}-\d\d-\d\d$/;

function choiceOf(due: string): DueChoice {
  if (due === DUE_NEXT_MEETING) return 'nextMeeting';
  return due ? 'date' : 'none';
}

function todayIso(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** When it is due: nothing set, "nästa möte", or a date. */
export function DueField({ due, editable, onChange }: { due: string; editable: boolean; onChange: (due: string) => void }) {
  const { t, language } = useI18n();
  const choice = choiceOf(due);
  if (!editable) {
    if (choice === 'none') return null;
    return (
      <span className="due is-static" data-testid="action-item-due">
        {choice === 'nextMeeting' ? t('due.nextMeeting') : t('due.on', { date: ISO_DATE.test(due) ? formatDateTime(`${due}T00:00`, language, false) : due })}
      </span>
    );
  }
  return (
    <span className="due" data-testid="action-item-due">
      <select
        className="due-select"
        value={choice}
        aria-label={t('due.label')}
        onChange={(event) => {
          const next = event.target.value as DueChoice;
          onChange(next === 'nextMeeting' ? DUE_NEXT_MEETING : next === 'date' ? todayIso() : '');
        }}
        data-testid="action-item-due-choice"
      >
        <option value="none">{t('due.none')}</option>
        <option value="nextMeeting">{t('due.nextMeeting')}</option>
        <option value="date">{t('due.date')}</option>
      </select>
      {choice === 'date' && (
        <FormattedPicker
          type="date"
          className="due-date"
          value={ISO_DATE.test(due) ? due : ''}
          onCommit={onChange}
          display={ISO_DATE.test(due) ? formatDateTime(`${due}T00:00`, language, false) : ''}
          placeholder={t('next.datePlaceholder')}
          aria-label={t('due.date')}
          data-testid="action-item-due-date"
        />
      )}
    </span>
  );
}
