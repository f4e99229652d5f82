import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { remarkHighlightsKey } from './remarkHighlightsKey';

/** The thread selected in the text or the panel, or null. */
export function useActiveRemarkId(editor: Editor): number | null {
  return useEditorState({ editor, selector: ({ editor }) => remarkHighlightsKey.getState(editor.state)?.activeId ?? null });
}
