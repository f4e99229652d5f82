import type { Translate } from '../../i18n/I18nContext';

const ARROWS: Record<string, string> = { ArrowUp: '↑', ArrowDown: '↓', ArrowLeft: '←', ArrowRight: '→' };

/**
 * A keymap binding ("Mod-Alt-1", "Alt-Shift-ArrowUp") as people read it on
 * their keyboard: "Ctrl+Alt+1" on Windows and Linux, "⌘⌥1" on a Mac.
 */
export function formatShortcut(binding: string, t: Translate, mac: boolean): string {
  const parts = binding.split('-').map((part) => {
    switch (part) {
      case 'Mod':
        return mac ? '⌘' : 'Ctrl';
      case 'Alt':
        return mac ? '⌥' : 'Alt';
      case 'Shift':
        return mac ? '⇧' : t('key.shift');
      default:
        return ARROWS[part] ?? part;
    }
  });
  return parts.join(mac ? '' : '+');
}
