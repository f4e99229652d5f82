import type { Editor } from '@tiptap/core';
import { remarkHighlightsKey } from './remarkHighlightsKey';
import type { RemarkHighlightMeta } from './remarkHighlightsKey';

/** Pushes a new list of threads and/or the selected thread into the editor's highlights. */
export function setRemarkHighlights(editor: Editor, meta: RemarkHighlightMeta): void {
  if (editor.isDestroyed) return;
  editor.view.dispatch(editor.state.tr.setMeta(remarkHighlightsKey, meta));
}
