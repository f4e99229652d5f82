import { describe, expect, it } from 'vitest';
import { colorForName, USER_COLORS } from './userColor';

describe('colorForName', () => {
  it('is deterministic', () => {
    expect(colorForName('Anneli Alm')).toBe(colorForName('Anneli Alm'));
  });

  it('ignores case and surrounding space', () => {
    expect(colorForName('  ÅSA ÖBERG ')).toBe(colorForName('åsa öberg'));
  });

  it('always answers a palette colour in #rrggbb form', () => {
    for (const name of ['', 'a', 'Zophia Zander Norell', '😀']) {
      const color = colorForName(name);
      expect(USER_COLORS).toContain(color);
      expect(color).toMatch(/^#[0-9a-f]{6}$/);
    }
  });

  it('spreads different names over the palette', () => {
    const names = Array.from({ length: 60 }, (_, i) => `Deltagare ${i}`);
    expect(new Set(names.map(colorForName)).size).toBeGreaterThanOrEqual(USER_COLORS.length - 2);
  });
});

describe('colorForName on names from real protocols', () => {
  it('does not lump names that end alike into one colour', () => {
    const names = ['Anna', 'Ulla', 'Sara Sekreterare', 'Per Deltagare', 'Anneli Alm', 'Marie Krantz', 'Hillevi', 'Jonny'];
    expect(new Set(names.map(colorForName)).size).toBeGreaterThanOrEqual(5);
  });
});
