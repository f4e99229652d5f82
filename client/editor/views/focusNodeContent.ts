import type { Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';

/** Puts the caret at the first text position inside the node at `pos` and focuses the editor at once. */
export function focusNodeContent(editor: Editor, pos: number): void {
  const { state, view } = editor;
  view.dispatch(state.tr.setSelection(TextSelection.near(state.doc.resolve(pos + 1))).scrollIntoView());
  // Synchronously: a fast typist's next key must already land in the text.
  view.focus();
}
