import type { Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import { remarkHighlightsKey } from './remarkHighlightsKey';
import type { RemarkHighlightMeta } from './remarkHighlightsKey';
import type { DocRange } from './remarkRangeFromAnchor';

/**
 * Selects a thread and, when its text is still there, scrolls that text into
 * the middle of the window. An editor that can be written in gets its caret
 * at the start of the text, so the secretary can act on the remark there.
 */
export function revealRemark(editor: Editor, remarkId: number, range: DocRange | null): void {
  if (editor.isDestroyed) return;
  const { state, view } = editor;
  const meta: RemarkHighlightMeta = { activeId: remarkId };
  const tr = state.tr.setMeta(remarkHighlightsKey, meta);
  if (range && editor.isEditable) tr.setSelection(TextSelection.near(state.doc.resolve(range.from)));
  view.dispatch(tr);
  if (!range) return;
  if (editor.isEditable) view.focus();
  const { node } = view.domAtPos(range.from);
  const element = node instanceof Element ? node : node.parentElement;
  // At once, not smoothly, for the same reason as revealNode: the next click must land where it is aimed.
  element?.scrollIntoView({ block: 'center', behavior: 'auto' });
}
