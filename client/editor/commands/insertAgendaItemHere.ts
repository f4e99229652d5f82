import type { Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import { agendaItemDepth, createAgendaItem, FOCUS_AGENDA_TITLE_META } from '../../../shared/editor/nodes/agendaItem';

/**
 * Inserts a paragraph (§) where a secretary expects it: an empty line at top
 * level, or the empty last line of a paragraph, becomes the new paragraph
 * instead of staying behind as a stray blank line. Elsewhere it falls back to
 * the schema's insertAgendaItem (after the current paragraph). Never calls
 * focus(): its delayed focus would take the caret back from the new title.
 */
export function insertAgendaItemHere(editor: Editor): boolean {
  const replaced = editor
    .chain()
    .command(({ state, tr, dispatch }) => {
      const { $from, empty } = tr.selection;
      const line = $from.parent;
      if (!empty || line.type.name !== 'paragraph' || line.content.size > 0) return false;
      const item = createAgendaItem(state.schema, {});
      if ($from.depth === 1) {
        const start = $from.before(1);
        if (dispatch) {
          tr.replaceWith(start, $from.after(1), item);
          tr.setSelection(TextSelection.create(tr.doc, start + 2));
          tr.setMeta(FOCUS_AGENDA_TITLE_META, start).scrollIntoView();
        }
        return true;
      }
      const itemDepth = agendaItemDepth($from);
      if (itemDepth !== $from.depth - 1) return false;
      const parentItem = $from.node(itemDepth);
      // Title and presenter, then at least one body line besides the empty last one.
      if (parentItem.childCount < 4 || $from.index(itemDepth) !== parentItem.childCount - 1) return false;
      if (dispatch) {
        const itemEnd = $from.after(itemDepth);
        tr.delete($from.before($from.depth), $from.after($from.depth));
        const at = tr.mapping.map(itemEnd);
        tr.insert(at, item);
        tr.setSelection(TextSelection.create(tr.doc, at + 2));
        tr.setMeta(FOCUS_AGENDA_TITLE_META, at).scrollIntoView();
      }
      return true;
    })
    .run();
  return replaced || editor.commands.insertAgendaItem();
}
