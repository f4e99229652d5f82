import { createContext } from 'react';
import type { MessageParams } from './interpolate';
import type { Language } from './languages';
import type { MessageKey } from './messageKey';

export type Translate = (key: MessageKey, params?: MessageParams) => string;

export interface I18nValue {
  language: Language;
  setLanguage: (language: Language) => void;
  t: Translate;
}

export const I18nContext = createContext<I18nValue | null>(null);
