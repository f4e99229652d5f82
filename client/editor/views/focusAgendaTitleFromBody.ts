import type { Editor } from '@tiptap/core';
import { agendaItemDepth } from '../../../shared/editor/nodes/agendaItem';

/**
 * ArrowUp at the start of a paragraph's first line moves into its title
 * input. Returns false anywhere else, so the key does what it always does.
 */
export function focusAgendaTitleFromBody(editor: Editor): boolean {
  const { $from, empty } = editor.state.selection;
  const itemDepth = agendaItemDepth($from);
  if (!empty || itemDepth < 0 || !$from.parent.isTextblock || $from.parentOffset !== 0) return false;
  // Only the very first line: the textblock is the first descendant of the item.
  for (let depth = $from.depth - 1; depth >= itemDepth; depth--) {
    if ($from.index(depth) !== 0) return false;
  }
  const dom = editor.view.nodeDOM($from.before(itemDepth));
  const title = dom instanceof HTMLElement ? dom.querySelector<HTMLTextAreaElement>('textarea.agenda-item-title') : null;
  if (!title) return false;
  title.focus();
  title.setSelectionRange(title.value.length, title.value.length);
  return true;
}
