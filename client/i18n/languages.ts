import { en } from './en';
import type { Dictionary } from './messageKey';
import { sv } from './sv';

export const LANGUAGES = ['sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'sv';

export const DICTIONARIES: Record<Language, Dictionary> = { sv, en };

/** BCP 47 tags for Intl formatting of dates in each UI language. */
export const LOCALES: Record<Language, string> = { sv: 'sv-SE', en: 'en-GB' };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
