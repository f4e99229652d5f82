import type { HistoryAuthor } from '../../shared/api/history';
import type { Translate } from '../i18n/I18nContext';

/** How the history names who made a change: the person the server knew, else the role of their link, else the server. */
export function authorLabel(t: Translate, by: HistoryAuthor): string {
  if (by.name) return by.name;
  if (by.role) return t(`role.${by.role}`);
  return t('history.server');
}
