import type { Editor } from '@tiptap/core';
import { TextSelection, type Transaction } from '@tiptap/pm/state';
import { agendaItemDepth } from '../../../shared/editor/nodes/agendaItem';

/**
 * Moves the paragraph (§) at `itemPos` up or down, as Alt-Shift-Arrow does
 * with the caret inside it. Returns the item's new position, or null when it
 * cannot move (first or last, or a neighbour that is no paragraph).
 */
export function moveAgendaItemAt(editor: Editor, itemPos: number, direction: 'up' | 'down'): number | null {
  const caretInto = ({ tr }: { tr: Transaction }) => {
    tr.setSelection(TextSelection.near(tr.doc.resolve(itemPos + 1)));
    return true;
  };
  // Checked first: a move that cannot happen must not move the caret either.
  if (!editor.can().chain().command(caretInto).moveAgendaItem(direction).run()) return null;
  editor.chain().command(caretInto).moveAgendaItem(direction).run();
  const { $from } = editor.state.selection;
  const depth = agendaItemDepth($from);
  return depth > 0 ? $from.before(depth) : null;
}
