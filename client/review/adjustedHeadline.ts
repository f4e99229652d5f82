import type { AdjustmentRecord } from '../../shared/adjustment/types';
import type { Translate } from '../i18n/I18nContext';
import { formatDateTime } from '../i18n/formatDateTime';
import type { Language } from '../i18n/languages';

/** "Justerat 4 mars 2025 kl. 10:30 av Anna Ek, Bo Lind": the line every reader of a locked protocol sees first. */
export function adjustedHeadline(adjustment: Pick<AdjustmentRecord, 'adjustedAt' | 'adjustedBy'>, t: Translate, language: Language): string {
  return t('adjusted.headline', { date: formatDateTime(adjustment.adjustedAt, language), names: adjustment.adjustedBy });
}
