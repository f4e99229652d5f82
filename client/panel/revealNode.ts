import type { Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import { nthNodePos } from '../editor/outline/nthNodePos';

/**
 * Scrolls the n-th decision or action item into the middle of the window and
 * puts the caret at the start of its text, so the secretary can go on there.
 */
export function revealNode(editor: Editor, typeName: 'decision' | 'actionItem', index: number): boolean {
  const { state, view } = editor;
  const pos = nthNodePos(state.doc, typeName, index);
  if (pos === null) return false;
  view.dispatch(state.tr.setSelection(TextSelection.near(state.doc.resolve(pos + 1))));
  if (editor.isEditable) view.focus();
  const dom = view.nodeDOM(pos);
  if (dom instanceof HTMLElement) {
    // At once, not smoothly: the caret is already there, and a page still gliding
    // under the pointer would turn the next click into a click somewhere else.
    dom.scrollIntoView({ block: 'center', behavior: 'auto' });
    dom.classList.remove('is-revealed');
    // Restarting the animation needs a reflow between removing and adding the class.
    void dom.offsetWidth;
    dom.classList.add('is-revealed');
  }
  return true;
}
