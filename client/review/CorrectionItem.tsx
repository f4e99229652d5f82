import type { Correction } from '../../shared/adjustment/types';
import { formatDateTime } from '../i18n/formatDateTime';
import { useI18n } from '../i18n/useI18n';

export function CorrectionItem({ correction }: { correction: Correction }) {
  const { t, language } = useI18n();
  return (
    <li className="correction" data-testid="correction">
      <p className="correction-what">{correction.what}</p>
      <p className="correction-why">
        <span className="muted">{t('corrections.why')}: </span>
        {correction.why}
      </p>
      <p className="correction-by muted">
        {t('corrections.by', { author: correction.author, role: t(`role.${correction.role}`), date: formatDateTime(correction.at, language) })}
      </p>
    </li>
  );
}
