import { LOCALES } from './languages';
import type { Language } from './languages';

/** A server timestamp as the reader expects it; the raw text if it is not a date. */
export function formatDateTime(iso: string, language: Language, withTime = true): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALES[language], {
    dateStyle: 'long',
    ...(withTime ? { timeStyle: 'short' } : {}),
  }).format(date);
}
