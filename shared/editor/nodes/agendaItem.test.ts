// @vitest-environment happy-dom
import { getSchema } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { agendaItemNumbers } from '../../protocol/numbering';
import { protocolExtensions } from '../extensions';
import { outline, protocolEditor, typeText } from '../testing/protocolEditor';
import type { Editor } from '@tiptap/core';
import { FOCUS_AGENDA_TITLE_META } from './agendaItem';

const item = (title: string, text = '') => ({
  type: 'agendaItem',
  attrs: { title },
  content: [{ type: 'paragraph', content: text ? [{ type: 'text', text }] : [] }],
});

const editors: Editor[] = [];
function make(content?: Parameters<typeof protocolEditor>[1], doc?: Y.Doc) {
  const editor = protocolEditor(doc, content);
  editors.push(editor);
  return editor;
}
afterEach(() => {
  for (const editor of editors.splice(0)) editor.destroy();
});

/** Puts the caret inside the body of the n-th top-level node. */
function caretInto(editor: Editor, index: number) {
  let pos = 0;
  for (let i = 0; i < index; i++) pos += editor.state.doc.child(i).nodeSize;
  editor.view.dispatch(editor.state.tr.setSelection(TextSelection.near(editor.state.doc.resolve(pos + 2))));
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
    const ok = schema.nodeFromJSON({
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Beslut' }] },
        {
          type: 'agendaItem',
          attrs: { title: 'Förra mötets protokoll', presenter: 'Ove' },
          content: [
            { type: 'paragraph' },
            { type: 'decision', content: [{ type: 'decisionClause', content: [{ type: 'text', text: 'lägga protokollet till handlingarna' }] }] },
            { type: 'actionItem', attrs: { assignee: 'Hillevi', due: 'next-meeting' }, content: [{ type: 'text', text: 'skicka ut' }] },
          ],
        },
      ],
    });
    expect(() => ok.check()).not.toThrow();
    const nested = schema.nodeFromJSON({ type: 'doc', content: [{ type: 'agendaItem', content: [item('inner')] }] });
    expect(() => nested.check()).toThrow();
    const looseDecision = schema.nodeFromJSON({ type: 'doc', content: [{ type: 'decision', content: [{ type: 'decisionClause' }] }] });
    expect(() => looseDecision.check()).toThrow();
  });

  it('round-trips its attributes through HTML', () => {
    const editor = make({ type: 'doc', content: [{ ...item('Val av justerare'), attrs: { title: 'Val av justerare', presenter: 'Anneli' } }] });
    const html = editor.getHTML();
    expect(html).toContain('data-title="Val av justerare"');
    const copy = make();
    copy.commands.setContent(html);
    expect(copy.state.doc.child(0).attrs).toEqual({ title: 'Val av justerare', presenter: 'Anneli' });
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
    expect(editor.state.doc.child(0).attrs).toEqual({ title: 'Rapport från arbetsgrupper', presenter: 'Anneli' });
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
    const editor = make({
      type: 'doc',
      content: [
        {
          type: 'agendaItem',
          attrs: { title: 'Mötets öppnande' },
          content: [
            { type: 'paragraph', content: [{ type: 'text', text: 'Ordföranden öppnar mötet.' }] },
            { type: 'paragraph' },
            { type: 'paragraph', content: [{ type: 'text', text: 'Till att justera väljs Zophia.' }] },
          ],
        },
      ],
    });
    // inside the item (1), past the first line, inside the empty line (+1)
    const insideEmptyLine = 1 + editor.state.doc.child(0).child(0).nodeSize + 1;
    editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, insideEmptyLine)));
    typeText(editor, '§ ');
    expect(outline(editor)).toEqual(['§ Mötets öppnande', '§ ']);
    expect(editor.state.doc.child(0).textContent).toBe('Ordföranden öppnar mötet.');
    expect(editor.state.doc.child(1).textContent).toBe('Till att justera väljs Zophia.');
  });

  it('turns a top-level line "§ " into a paragraph', () => {
    const editor = make({ type: 'doc', content: [{ type: 'paragraph' }] });
    editor.commands.focus('start');
    typeText(editor, '§ ');
    expect(outline(editor)).toEqual(['§ ']);
    typeText(editor, 'text');
    expect(editor.state.doc.child(0).textContent).toBe('text');
  });

  it('does not fire "§ " in the middle of a line', () => {
    const editor = make({ type: 'doc', content: [item('A', 'enligt ')] });
    caretInto(editor, 0);
    editor.commands.setTextSelection(2 + 'enligt '.length);
    typeText(editor, '§ 3');
    expect(outline(editor)).toEqual(['§ A']);
    expect(editor.state.doc.textContent).toBe('enligt § 3');
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
