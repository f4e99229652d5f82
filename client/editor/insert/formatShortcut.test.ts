import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/en';
import { interpolate } from '../../i18n/interpolate';
import type { MessageKey } from '../../i18n/messageKey';
import { sv } from '../../i18n/sv';
import { formatShortcut } from './formatShortcut';

const tSv = (key: MessageKey) => interpolate(sv[key]);
const tEn = (key: MessageKey) => interpolate(en[key]);

describe('formatShortcut', () => {
  it('writes Ctrl and the Swedish key names off a Mac', () => {
    expect(formatShortcut('Mod-Alt-1', tSv, false)).toBe('Ctrl+Alt+1');
    expect(formatShortcut('Alt-Shift-ArrowUp', tSv, false)).toBe('Alt+Skift+↑');
    expect(formatShortcut('Alt-Shift-ArrowDown', tEn, false)).toBe('Alt+Shift+↓');
  });

  it('writes the symbols on a Mac', () => {
    expect(formatShortcut('Mod-Alt-2', tSv, true)).toBe('⌘⌥2');
  });
});
