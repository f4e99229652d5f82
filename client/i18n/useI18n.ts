import { useContext } from 'react';
import { I18nContext } from './I18nContext';
import type { I18nValue } from './I18nContext';

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n must be used inside <I18nProvider>');
  return value;
}
