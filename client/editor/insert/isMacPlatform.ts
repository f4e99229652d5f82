/** Whether Mod means ⌘ here, as ProseMirror's keymap decides it. */
export function isMacPlatform(): boolean {
  return typeof navigator !== 'undefined' && /Mac|iP(hone|[oa]d)/.test(navigator.platform);
}
