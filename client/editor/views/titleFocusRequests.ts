import type { Editor } from '@tiptap/core';

/**
 * Where a paragraph (§) was just created by this user, waiting for its node
 * view to render and take the caret into its title. One per editor.
 */
const pending = new WeakMap<Editor, number>();

export function requestTitleFocus(editor: Editor, itemPos: number): void {
  pending.set(editor, itemPos);
}

/** True once for the item at `itemPos` if a focus was requested for it. */
export function takeTitleFocus(editor: Editor, itemPos: number | undefined): boolean {
  if (itemPos === undefined || pending.get(editor) !== itemPos) return false;
  pending.delete(editor);
  return true;
}

export function clearTitleFocus(editor: Editor): void {
  pending.delete(editor);
}
