import type { Editor, KeyboardShortcutCommand } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Selection, TextSelection } from '@tiptap/pm/state';

const HEADINGS = new Set(['agendaTitle', 'agendaPresenter', 'decisionLeadIn']);

/**
 * Keys in a paragraph's (§) title and presenter and a decision's lead-in,
 * which are one-line text fields inside the document: Enter goes on to the
 * text below, Tab from the title to the presenter, and Backspace and Delete
 * never join a heading with the text around it (that would pour a body line
 * into the title, or the title into nothing).
 */
export function headingKeys(editor: Editor): Record<string, KeyboardShortcutCommand> {
  return {
    Enter: () => {
      const { $from } = editor.state.selection;
      if (!HEADINGS.has($from.parent.type.name)) return false;
      const owner = $from.node($from.depth - 1);
      const ownerPos = $from.before($from.depth - 1);
      // The body (or the first att-clause) starts after the heading children.
      let offset = 0;
      for (let index = 0; index < owner.childCount && HEADINGS.has(owner.child(index).type.name); index++) offset += owner.child(index).nodeSize;
      return moveCaret(editor, Selection.findFrom(editor.state.doc.resolve(ownerPos + 1 + offset), 1, true));
    },
    Tab: () => {
      const { $from } = editor.state.selection;
      if ($from.parent.type.name !== 'agendaTitle') return false;
      return moveCaret(editor, TextSelection.create(editor.state.doc, $from.after() + 1 + ($from.node($from.depth - 1).child(1).content.size)));
    },
    'Shift-Tab': () => {
      const { $from } = editor.state.selection;
      if ($from.parent.type.name !== 'agendaPresenter') return false;
      return moveCaret(editor, TextSelection.create(editor.state.doc, $from.before() - 1));
    },
    Backspace: () => {
      const { $from, empty } = editor.state.selection;
      if (!empty || $from.parentOffset > 0 || $from.depth < 2) return false;
      const type = $from.parent.type.name;
      if (type === 'agendaTitle' || type === 'decisionLeadIn') return true;
      if (type === 'agendaPresenter') return moveCaret(editor, TextSelection.create(editor.state.doc, $from.before() - 1));
      const owner = $from.node($from.depth - 1);
      const index = $from.index($from.depth - 1);
      const previous = index > 0 ? owner.child(index - 1) : null;
      if (!previous || !HEADINGS.has(previous.type.name)) return false;
      // The first line under the headings: step up into them instead of joining.
      const target = owner.type.name === 'agendaItem' && previous.content.size === 0 ? headingEnd(owner, 0, $from.before($from.depth - 1)) : $from.before() - 1;
      return moveCaret(editor, TextSelection.create(editor.state.doc, target));
    },
    Delete: () => {
      const { $from, empty } = editor.state.selection;
      return empty && HEADINGS.has($from.parent.type.name) && $from.parentOffset === $from.parent.content.size;
    },
  };
}

/** The end of the text of the owner's `index`th child. */
function headingEnd(owner: PMNode, index: number, ownerPos: number): number {
  let pos = ownerPos + 1;
  for (let i = 0; i < index; i++) pos += owner.child(i).nodeSize;
  return pos + 1 + owner.child(index).content.size;
}

function moveCaret(editor: Editor, selection: Selection | null): boolean {
  if (!selection) return true;
  editor.view.dispatch(editor.state.tr.setSelection(selection).scrollIntoView());
  return true;
}
