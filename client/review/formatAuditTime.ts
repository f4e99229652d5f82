import { LOCALES } from '../i18n/languages';
import type { Language } from '../i18n/languages';

/** An audit timestamp to the second: events of one minute must still be told apart and ordered. */
export function formatAuditTime(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'short', timeStyle: 'medium' }).format(date);
}
