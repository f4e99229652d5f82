import { describe, expect, it } from 'vitest';
import type { Translate } from '../i18n/I18nContext';
import { formatDateTime } from '../i18n/formatDateTime';
import { interpolate } from '../i18n/interpolate';
import { DICTIONARIES } from '../i18n/languages';
import type { Language } from '../i18n/languages';
import { adjustedHeadline } from './adjustedHeadline';

const translate = (language: Language): Translate => (key, params) => interpolate(DICTIONARIES[language][key], params);
const adjustment = { adjustedAt: '2025-03-04T09:30:00Z', adjustedBy: 'Anna Ek, Bo Lind' };

describe('adjustedHeadline', () => {
  it('says when and by whom in Swedish', () => {
    expect(adjustedHeadline(adjustment, translate('sv'), 'sv')).toBe(`Justerat ${formatDateTime(adjustment.adjustedAt, 'sv')} av Anna Ek, Bo Lind`);
    expect(formatDateTime(adjustment.adjustedAt, 'sv')).toMatch(/mars 2025/);
  });

  it('says it in English', () => {
    expect(adjustedHeadline(adjustment, translate('en'), 'en')).toBe(`Approved and locked ${formatDateTime(adjustment.adjustedAt, 'en')} by Anna Ek, Bo Lind`);
  });
});
