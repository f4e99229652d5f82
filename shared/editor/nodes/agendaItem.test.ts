// @vitest-environment happy-dom
import { getSchema } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { agendaItemJson, decisionJson, docJson, paragraphJson } from '../../protocol/nodeJson';
import { agendaItemNumbers } from '../../protocol/numbering';
import { protocolExtensions } from '../extensions';
import { outline, pressKey, protocolEditor, typeText } from '../testing/protocolEditor';
import type { Editor } from '@tiptap/core';
import { FOCUS_AGENDA_TITLE_META } from './agendaItem';
import { agendaPresenterOf, agendaTitleOf } from './headingText';

const item = (title: string, text = '') => agendaItemJson(title, [paragraphJson(text)]);

const editors: Editor[] = [];
function make(content?: Parameters<typeof protocolEditor>[1], doc?: Y.Doc) {
  const editor = protocolEditor(doc, content);
  editors.push(editor);
  return editor;
}
afterEach(() => {
  for (const editor of editors.splice(0)) editor.destroy();
});

/** Where the body of the n-th top-level paragraph (§) starts: after its title and presenter. */
function bodyStart(editor: Editor, index: number): number {
  let pos = 0;
  for (let i = 0; i < index; i++) pos += editor.state.doc.child(i).nodeSize;
  const item = editor.state.doc.child(index);
  return pos + 1 + item.child(0).nodeSize + item.child(1).nodeSize;
}

/** Puts the caret at the start of the body of the n-th top-level paragraph (§). */
function caretInto(editor: Editor, index: number) {
  editor.view.dispatch(editor.state.tr.setSelection(TextSelection.near(editor.state.doc.resolve(bodyStart(editor, index) + 1))));
}

/** Numbers of the paragraphs (§) only, in order. */
const numbers = (editor: Editor, first = 18) => {
  const children: { type: string }[] = [];
  editor.state.doc.forEach((node) => children.push({ type: node.type.name }));
  return agendaItemNumbers(children, first).filter((n) => n !== null);
};

describe('agendaItem schema', () => {
  const schema = getSchema(protocolExtensions());

  it('holds blocks, decisions and action items, but not another paragraph (§)', () => {
    const ok = schema.nodeFromJSON(
      docJson(
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Beslut' }] },
        agendaItemJson(
          'Förra mötets protokoll',
          [
            paragraphJson(),
            decisionJson(['lägga protokollet till handlingarna']),
            { type: 'actionItem', attrs: { assignee: 'Hillevi', due: 'next-meeting' }, content: [{ type: 'text', text: 'skicka ut' }] },
          ],
          'Ove',
        ),
      ),
    );
    expect(() => ok.check()).not.toThrow();
    const nested = schema.nodeFromJSON(docJson(agendaItemJson('outer', [item('inner')])));
    expect(() => nested.check()).toThrow();
    const untitled = schema.nodeFromJSON(docJson({ type: 'agendaItem', content: [paragraphJson('no title')] }));
    expect(() => untitled.check()).toThrow();
    const looseDecision = schema.nodeFromJSON({ type: 'doc', content: [{ type: 'decision', content: [{ type: 'decisionClause' }] }] });
    expect(() => looseDecision.check()).toThrow();
  });

  it('round-trips title and presenter through HTML as text of the paragraph', () => {
    const editor = make(docJson(agendaItemJson('Val av justerare', [paragraphJson('Zophia väljs.')], 'Anneli')));
    const html = editor.getHTML();
    expect(html).toContain('<h2 class="agenda-item-title">Val av justerare</h2>');
    expect(html).toContain('<p class="agenda-item-presenter">Anneli</p>');
    const copy = make();
    copy.commands.setContent(html);
    const pasted = copy.state.doc.child(0);
    expect([agendaTitleOf(pasted), agendaPresenterOf(pasted), pasted.lastChild?.textContent]).toEqual(['Val av justerare', 'Anneli', 'Zophia väljs.']);
  });
});

describe('agendaItem commands', () => {
  it('inserts a paragraph after the one holding the caret and asks for its title to be focused', () => {
    const editor = make({ type: 'doc', content: [item('Mötets öppnande'), item('Nästa möte')] });
    caretInto(editor, 0);
    let focusMeta: unknown;
    editor.on('transaction', ({ transaction }) => {
      focusMeta ??= transaction.getMeta(FOCUS_AGENDA_TITLE_META) as unknown;
    });
    editor.commands.insertAgendaItem({ title: 'Val av justerare' });
    expect(outline(editor)).toEqual(['§ Mötets öppnande', '§ Val av justerare', '§ Nästa möte']);
    expect(focusMeta).toBe(editor.state.doc.child(0).nodeSize);
    expect(numbers(editor)).toEqual([18, 19, 20]);
  });

  it('updates title and presenter', () => {
    const editor = make({ type: 'doc', content: [item('Rapport')] });
    caretInto(editor, 0);
    editor.commands.updateAgendaItem({ title: 'Rapport från arbetsgrupper', presenter: 'Anneli' });
    const updated = editor.state.doc.child(0);
    expect([agendaTitleOf(updated), agendaPresenterOf(updated)]).toEqual(['Rapport från arbetsgrupper', 'Anneli']);
  });

  it('Enter in the title goes on to the body, Tab to the presenter; Backspace at the body start steps up instead of pouring the line into them', () => {
    const editor = make(docJson(agendaItemJson('Budget', [paragraphJson('Text.')])));
    editor.commands.setTextSelection(1 + 1 + 'Budget'.length);
    expect(editor.state.selection.$from.parent.type.name).toBe('agendaTitle');
    pressKey(editor, 'Enter');
    expect(editor.state.selection.$from.parent.textContent).toBe('Text.');
    // The presenter is empty: Backspace goes to the end of the title.
    pressKey(editor, 'Backspace');
    expect([editor.state.selection.$from.parent.type.name, editor.state.selection.$from.parentOffset]).toEqual(['agendaTitle', 'Budget'.length]);
    pressKey(editor, 'Tab');
    expect(editor.state.selection.$from.parent.type.name).toBe('agendaPresenter');
    typeText(editor, 'Ove');
    pressKey(editor, 'Enter');
    pressKey(editor, 'Backspace');
    expect([editor.state.selection.$from.parent.type.name, editor.state.selection.$from.parentOffset]).toEqual(['agendaPresenter', 3]);
    editor.commands.setTextSelection(1 + 1);
    pressKey(editor, 'Backspace');
    pressKey(editor, 'Delete');
    const item = editor.state.doc.child(0);
    expect([agendaTitleOf(item), agendaPresenterOf(item), item.lastChild?.textContent]).toEqual(['Budget', 'Ove', 'Text.']);
  });

  it('moves a paragraph up and down, keeping the caret in it; numbers follow the position', () => {
    const editor = make({ type: 'doc', content: [item('A', 'a'), item('B', 'b'), item('C', 'c')] });
    caretInto(editor, 2);
    expect(editor.commands.moveAgendaItem('up')).toBe(true);
    expect(outline(editor)).toEqual(['§ A', '§ C', '§ B']);
    expect(editor.state.selection.$from.parent.textContent).toBe('c');
    expect(editor.commands.moveAgendaItem('up')).toBe(true);
    expect(editor.commands.moveAgendaItem('up')).toBe(false);
    expect(outline(editor)).toEqual(['§ C', '§ A', '§ B']);
    expect(editor.commands.moveAgendaItem('down')).toBe(true);
    expect(outline(editor)).toEqual(['§ A', '§ C', '§ B']);
    expect(numbers(editor)).toEqual([18, 19, 20]);
  });

  it('renumbers when a paragraph is deleted', () => {
    const editor = make({ type: 'doc', content: [item('A'), item('B'), item('C')] });
    const first = editor.state.doc.child(0).nodeSize;
    editor.view.dispatch(editor.state.tr.delete(first, first + editor.state.doc.child(1).nodeSize));
    expect(outline(editor)).toEqual(['§ A', '§ C']);
    expect(numbers(editor)).toEqual([18, 19]);
  });

  it('starts a new paragraph with the input rule "§ " and carries the lines after it along', () => {
    const editor = make(
      docJson(agendaItemJson('Mötets öppnande', [paragraphJson('Ordföranden öppnar mötet.'), paragraphJson(), paragraphJson('Till att justera väljs Zophia.')])),
    );
    // past the first line of the body, inside the empty line (+1)
    const insideEmptyLine = bodyStart(editor, 0) + editor.state.doc.child(0).child(2).nodeSize + 1;
    editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, insideEmptyLine)));
    typeText(editor, '§ ');
    expect(outline(editor)).toEqual(['§ Mötets öppnande', '§ ']);
    expect(editor.state.doc.child(0).lastChild?.textContent).toBe('Ordföranden öppnar mötet.');
    expect(editor.state.doc.child(1).lastChild?.textContent).toBe('Till att justera väljs Zophia.');
  });

  it('turns a top-level line "§ " into a paragraph', () => {
    const editor = make({ type: 'doc', content: [{ type: 'paragraph' }] });
    editor.commands.focus('start');
    typeText(editor, '§ ');
    expect(outline(editor)).toEqual(['§ ']);
    typeText(editor, 'Rubrik');
    expect(agendaTitleOf(editor.state.doc.child(0))).toBe('Rubrik');
  });

  it('does not fire "§ " in the middle of a line', () => {
    const editor = make({ type: 'doc', content: [item('A', 'enligt ')] });
    caretInto(editor, 0);
    editor.commands.setTextSelection(bodyStart(editor, 0) + 1 + 'enligt '.length);
    typeText(editor, '§ 3');
    expect(outline(editor)).toEqual(['§ A']);
    expect(editor.state.doc.child(0).lastChild?.textContent).toBe('enligt § 3');
  });
});

describe('numbering with concurrent edits', () => {
  it('converges on the same numbers when two people insert paragraphs at once', () => {
    const docA = new Y.Doc();
    const docB = new Y.Doc();
    const a = make(undefined, docA);
    a.commands.setContent({ type: 'doc', content: [item('Öppnande'), item('Avslutning')] });
    Y.applyUpdate(docB, Y.encodeStateAsUpdate(docA));
    const b = make(undefined, docB);
    caretInto(a, 0);
    a.commands.insertAgendaItem({ title: 'Val av justerare' });
    caretInto(b, 0);
    b.commands.insertAgendaItem({ title: 'Dagordning' });
    Y.applyUpdate(docB, Y.encodeStateAsUpdate(docA));
    Y.applyUpdate(docA, Y.encodeStateAsUpdate(docB));
    expect(outline(a)).toEqual(outline(b));
    expect(outline(a)).toHaveLength(4);
    expect(outline(a)).toEqual(expect.arrayContaining(['§ Val av justerare', '§ Dagordning']));
    expect(outline(a)[0]).toBe('§ Öppnande');
    expect(outline(a)[3]).toBe('§ Avslutning');
    expect(numbers(a)).toEqual([18, 19, 20, 21]);
  });
});
