import type { Editor } from '@tiptap/core';
import { safeCommand } from './commands/safeCommand';

export interface ToolbarState {
  bold: boolean;
  italic: boolean;
  heading: boolean;
  subheading: boolean;
  bulletList: boolean;
  orderedList: boolean;
  canUndo: boolean;
  canRedo: boolean;
  /** Decisions and action items belong inside a paragraph (§). */
  canInsertDecision: boolean;
  canInsertActionItem: boolean;
  canInsertTable: boolean;
}


/** Which buttons are pressed or usable, read from the editor after each transaction. */
export function toolbarState(editor: Editor): ToolbarState {
  return {
    bold: editor.isActive('bold'),
    italic: editor.isActive('italic'),
    heading: editor.isActive('heading', { level: 2 }),
    subheading: editor.isActive('heading', { level: 3 }),
    bulletList: editor.isActive('bulletList'),
    orderedList: editor.isActive('orderedList'),
    canUndo: editor.can().undo(),
    canRedo: editor.can().redo(),
    canInsertDecision: safeCommand(() => editor.can().insertDecision()),
    canInsertActionItem: safeCommand(() => editor.can().insertActionItem()),
    canInsertTable: safeCommand(() => editor.can().insertTable({ rows: 3, cols: 3, withHeaderRow: true })),
  };
}
