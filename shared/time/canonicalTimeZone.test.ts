import { describe, expect, it } from 'vitest';
import { canonicalTimeZone } from './canonicalTimeZone';

describe('canonicalTimeZone', () => {
  it('accepts IANA zone names, spelt as Intl spells them', () => {
    expect(canonicalTimeZone('Europe/Stockholm')).toBe('Europe/Stockholm');
    expect(canonicalTimeZone('europe/helsinki')).toBe('Europe/Helsinki');
    expect(canonicalTimeZone('UTC')).toBe('UTC');
  });

  it('refuses what is no zone, and bare offsets', () => {
    for (const name of ['Europe/Stockholmm', 'Sverige', '', '+01:00', 'Europe/../etc']) expect([name, canonicalTimeZone(name)]).toEqual([name, null]);
  });
});
