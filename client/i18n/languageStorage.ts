import { DEFAULT_LANGUAGE, isLanguage } from './languages';
import type { Language } from './languages';

const STORAGE_KEY = 'protokoll.language';

// localStorage throws in some privacy modes; the language is a convenience, never a blocker.
export function loadLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

export function saveLanguage(language: Language): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembered across visits; the choice still applies now.
  }
}
