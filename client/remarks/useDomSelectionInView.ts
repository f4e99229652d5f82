import type { Editor } from '@tiptap/core';
import { useEffect, useState } from 'react';

function inView(editor: Editor): boolean {
  if (editor.isDestroyed) return false;
  const selection = document.getSelection();
  return selection !== null && selection.rangeCount > 0 && editor.view.dom.contains(selection.anchorNode);
}

/**
 * Whether the browser's selection is in the editor now. ProseMirror keeps its
 * selection when the focus moves to a field of the panel; the comment button
 * must then go, or it would float over an unrelated form.
 */
export function useDomSelectionInView(editor: Editor): boolean {
  const [value, setValue] = useState(() => inView(editor));
  useEffect(() => {
    const update = () => setValue(inView(editor));
    document.addEventListener('selectionchange', update);
    return () => document.removeEventListener('selectionchange', update);
  }, [editor]);
  return value;
}
