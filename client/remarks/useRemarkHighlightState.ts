import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import type { Node as PMNode } from '@tiptap/pm/model';
import { remarkHighlightsKey } from './remarkHighlightsKey';
import type { RemarkHighlightState } from './remarkHighlightsKey';

export interface RemarkHighlightView {
  highlights: RemarkHighlightState | undefined;
  doc: PMNode;
}

// The plugin keeps its state object while nothing changed, so identity is the right test (and cheap).
const same = (a: RemarkHighlightView | null, b: RemarkHighlightView | null) => a?.highlights === b?.highlights && a?.doc === b?.doc;

/** The highlight plugin's state (ranges, selected thread) and the document, re-rendering when either changes. */
export function useRemarkHighlightState(editor: Editor): RemarkHighlightView {
  return useEditorState({
    editor,
    selector: ({ editor }) => ({ highlights: remarkHighlightsKey.getState(editor.state), doc: editor.state.doc }),
    equalityFn: same,
  });
}
