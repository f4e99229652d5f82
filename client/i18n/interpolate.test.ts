import { describe, expect, it } from 'vitest';
import { interpolate, placeholders } from './interpolate';

describe('interpolate', () => {
  it('fills named placeholders, also repeated ones', () => {
    expect(interpolate('{a} och {b}, {a}', { a: 'Ett', b: 2 })).toBe('Ett och 2, Ett');
  });

  it('leaves unknown placeholders visible', () => {
    expect(interpolate('Hej {name}', {})).toBe('Hej {name}');
  });

  it('returns the template unchanged without params', () => {
    expect(interpolate('Kod {code}')).toBe('Kod {code}');
  });
});

describe('placeholders', () => {
  it('lists the names sorted', () => {
    expect(placeholders('{b} {a}')).toEqual(['a', 'b']);
  });
});
