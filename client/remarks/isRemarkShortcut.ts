import { isMacPlatform } from '../editor/insert/isMacPlatform';

/** The key binding that comments on the selected text, as the toolbar tooltips spell bindings. */
export const REMARK_SHORTCUT = 'Mod-Alt-M';

/** Whether a keydown is Mod-Alt-M; with Alt held `key` may be a composed character (µ on a Mac), so the physical key decides. */
export function isRemarkShortcut(event: Pick<KeyboardEvent, 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>, mac = isMacPlatform()): boolean {
  const mod = mac ? event.metaKey : event.ctrlKey;
  return mod && event.altKey && !event.shiftKey && event.code === 'KeyM';
}
