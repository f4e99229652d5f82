import { isMacPlatform } from './isMacPlatform';

/** Whether a keydown outside ProseMirror (an input in a node view) is Mod-Alt-<key>. */
export function matchesModAlt(event: { key: string; code: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean }, key: string): boolean {
  const mod = isMacPlatform() ? event.metaKey : event.ctrlKey;
  // With Alt held, `key` may be a composed character (⌥1 is ¡ on a Mac); the physical key is in `code`.
  return mod && event.altKey && !event.shiftKey && (event.key === key || event.code === `Digit${key}`);
}
