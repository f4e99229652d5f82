import { describe, expect, it } from 'vitest';
import { en } from './en';
import { placeholders } from './interpolate';
import { DICTIONARIES, LANGUAGES } from './languages';
import { sv } from './sv';

describe('dictionaries', () => {
  it('have identical key sets', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(sv).sort());
  });

  it.each(LANGUAGES)('%s has no empty or untrimmed strings', (language) => {
    for (const [key, value] of Object.entries(DICTIONARIES[language])) {
      expect(value.trim(), key).not.toBe('');
      expect(value, key).toBe(value.trim());
    }
  });

  it('use the same placeholders in every language', () => {
    for (const key of Object.keys(sv) as (keyof typeof sv)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(sv[key]));
    }
  });
});
