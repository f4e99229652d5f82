import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { I18nContext } from './I18nContext';
import type { I18nValue, Translate } from './I18nContext';
import { interpolate } from './interpolate';
import { DICTIONARIES } from './languages';
import type { Language } from './languages';
import { loadLanguage, saveLanguage } from './languageStorage';

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(loadLanguage);

  useEffect(() => {
    // Screen readers and the browser's spell checker follow the document language.
    document.documentElement.lang = language;
  }, [language]);

  const setLanguage = useCallback((next: Language) => {
    saveLanguage(next);
    setLanguageState(next);
  }, []);

  const t = useCallback<Translate>(
    (key, params) => interpolate(DICTIONARIES[language][key], params),
    [language],
  );

  const value = useMemo<I18nValue>(() => ({ language, setLanguage, t }), [language, setLanguage, t]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
