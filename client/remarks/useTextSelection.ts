import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';

export interface TextRange {
  from: number;
  to: number;
}

const same = (a: TextRange | null, b: TextRange | null) => a?.from === b?.from && a?.to === b?.to;

/** The editor's selection as a range, re-rendering only when it moves; from === to for a caret. */
export function useTextSelection(editor: Editor): TextRange {
  return useEditorState({
    editor,
    selector: ({ editor }) => ({ from: editor.state.selection.from, to: editor.state.selection.to }),
    equalityFn: same,
  });
}
