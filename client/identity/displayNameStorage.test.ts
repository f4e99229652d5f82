import { describe, expect, it } from 'vitest';
import { MAX_NAME_LENGTH, normalizeName } from './displayNameStorage';

describe('normalizeName', () => {
  it('collapses and trims white space', () => {
    expect(normalizeName('  Mari-Louise \n  Berg ')).toBe('Mari-Louise Berg');
  });

  it('caps the length', () => {
    expect(normalizeName('x'.repeat(200))).toHaveLength(MAX_NAME_LENGTH);
  });
});
