// @vitest-environment happy-dom
import type { Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import { afterEach, describe, expect, it } from 'vitest';
import { FOCUS_AGENDA_TITLE_META } from '../../../shared/editor/nodes/agendaItem';
import { outline, protocolEditor } from '../../../shared/editor/testing/protocolEditor';
import { insertAgendaItemHere } from './insertAgendaItemHere';
import { agendaItemJson, paragraphJson } from '../../../shared/protocol/nodeJson';

const editors: Editor[] = [];
afterEach(() => editors.splice(0).forEach((editor) => editor.destroy()));

function make(content: object[]): Editor {
  const editor = protocolEditor(undefined, { type: 'doc', content });
  editors.push(editor);
  return editor;
}

const item = (title: string, ...lines: string[]) => agendaItemJson(title, lines.map((line) => paragraphJson(line)));

/** Puts the caret into the last textblock of the document. */
function caretAtEnd(editor: Editor) {
  editor.view.dispatch(editor.state.tr.setSelection(TextSelection.atEnd(editor.state.doc)));
}

/** The position the created paragraph asked its title to be focused at. */
function focusRequest(editor: Editor): () => unknown {
  let requested: unknown;
  editor.on('transaction', ({ transaction }) => {
    const meta: unknown = transaction.getMeta(FOCUS_AGENDA_TITLE_META);
    if (meta !== undefined) requested = meta;
  });
  return () => requested;
}

describe('insertAgendaItemHere', () => {
  it('turns the empty line at the end of the document into the new paragraph, leaving no blank line', () => {
    const editor = make([item('Mötets öppnande', 'Ordföranden öppnar mötet.'), { type: 'paragraph' }]);
    caretAtEnd(editor);
    const requested = focusRequest(editor);
    expect(insertAgendaItemHere(editor)).toBe(true);
    expect(outline(editor)).toEqual(['§ Mötets öppnande', '§ ']);
    expect(editor.state.doc.nodeAt(requested() as number)?.type.name).toBe('agendaItem');
    // The caret waits in the new title, where the secretary types next.
    expect(editor.state.selection.$from.parent.type.name).toBe('agendaTitle');
  });

  it('takes the empty last line of a paragraph (§) along instead of leaving it behind', () => {
    const editor = make([item('Mötets öppnande', 'Ordföranden öppnar mötet.', ''), item('Övriga frågor', '')]);
    editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, editor.state.doc.child(0).nodeSize - 2)));
    insertAgendaItemHere(editor);
    expect(outline(editor)).toEqual(['§ Mötets öppnande', '§ ', '§ Övriga frågor']);
    // Title, presenter and the one line of text: the empty line went with the new paragraph.
    expect(editor.state.doc.child(0).childCount).toBe(3);
  });

  it('inserts after the current paragraph from a line with text', () => {
    const editor = make([item('Mötets öppnande', 'Ordföranden öppnar mötet.'), item('Övriga frågor', '')]);
    // Inside "Ordföranden": after the title "Mötets öppnande" and the empty presenter.
    editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, 1 + 17 + 2 + 1 + 3)));
    insertAgendaItemHere(editor);
    expect(outline(editor)).toEqual(['§ Mötets öppnande', '§ ', '§ Övriga frågor']);
    expect(editor.state.doc.child(0).child(2).textContent).toBe('Ordföranden öppnar mötet.');
  });
});
