import { describe, expect, it } from 'vitest';
import { isRemarkShortcut } from './isRemarkShortcut';

const keys = { code: 'KeyM', ctrlKey: false, metaKey: false, altKey: true, shiftKey: false };

describe('isRemarkShortcut', () => {
  it('is Ctrl+Alt+M on Windows and Linux and ⌘⌥M on a Mac', () => {
    expect(isRemarkShortcut({ ...keys, ctrlKey: true }, false)).toBe(true);
    expect(isRemarkShortcut({ ...keys, metaKey: true }, true)).toBe(true);
    expect(isRemarkShortcut({ ...keys, metaKey: true }, false)).toBe(false);
  });

  it('ignores other keys and Shift', () => {
    expect(isRemarkShortcut({ ...keys, ctrlKey: true, code: 'KeyN' }, false)).toBe(false);
    expect(isRemarkShortcut({ ...keys, ctrlKey: true, shiftKey: true }, false)).toBe(false);
  });
});
