// @vitest-environment happy-dom
import { Editor, type JSONContent } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import { TextSelection } from '@tiptap/pm/state';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { BODY_FRAGMENT } from '../../collab/constants';
import { protocolExtensions } from '../extensions';
import { outline } from '../testing/protocolEditor';
import { PROTOCOL_PASTE_META, ProtocolPaste } from './protocolPaste';
import { readFixture } from './testing/readFixture';
import { WORD_PROTOCOL_HTML } from './testing/wordHtml';
import { agendaItemJson, paragraphJson } from '../../protocol/nodeJson';
import { agendaTitleOf, decisionLeadInOf } from '../nodes/headingText';

// ProseMirror's readHTML walks `styleSheet.rules` of pasted HTML with a <style> (Word's);
// happy-dom only has the standard `cssRules`.
if (!('rules' in CSSStyleSheet.prototype)) {
  Object.defineProperty(CSSStyleSheet.prototype, 'rules', {
    get(this: CSSStyleSheet) {
      return this.cssRules;
    },
  });
}

const editors: Editor[] = [];
afterEach(() => {
  for (const editor of editors.splice(0)) editor.destroy();
});

// pasteText/pasteHTML need a mounted view, so the editor gets an element rather than `element: null`.
function pasteEditor(content?: JSONContent, onFirstNumber?: (n: number) => void, ydoc?: Y.Doc): Editor {
  // Configured here; dropped from the shared list in case it is registered there too.
  const shared = protocolExtensions().filter((extension) => extension.name !== ProtocolPaste.name);
  const extensions = [...shared, ProtocolPaste.configure({ onFirstNumber })];
  if (ydoc) extensions.push(Collaboration.configure({ document: ydoc, field: BODY_FRAGMENT }));
  const editor = new Editor({ element: document.createElement('div'), extensions });
  editors.push(editor);
  if (content) editor.commands.setContent(content);
  return editor;
}

const item = (title: string, text = ''): JSONContent => agendaItemJson(title, [paragraphJson(text)]);

/** Puts the caret at the end of the first line of the n-th top-level node's body. */
function caretInItem(editor: Editor, index: number): void {
  let pos = 0;
  for (let i = 0; i < index; i++) pos += editor.state.doc.child(i).nodeSize;
  const item = editor.state.doc.child(index);
  // After the title and presenter, at the end of the first body line.
  const lineStart = pos + 1 + item.child(0).nodeSize + item.child(1).nodeSize + 1;
  editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, lineStart + item.child(2).content.size)));
}

describe('ProtocolPaste', () => {
  it('turns a pasted plain-text protocol into items and reports its first number', () => {
    const onFirstNumber = vi.fn();
    const editor = pasteEditor(undefined, onFirstNumber);
    let meta: unknown;
    editor.on('transaction', ({ transaction }) => {
      const value: unknown = transaction.getMeta(PROTOCOL_PASTE_META);
      meta ??= value;
    });
    editor.commands.focus('start');
    expect(editor.view.pasteText(readFixture('protokoll-skolchefer-18-32.txt'))).toBe(true);
    const items = outline(editor).filter((line) => line.startsWith('§'));
    expect(items).toHaveLength(15);
    expect(items[0]).toBe('§ Mötets öppnande');
    expect(items[14]).toBe('§ Avslutning');
    expect(onFirstNumber).toHaveBeenCalledWith(18);
    expect(meta).toEqual({ firstNumber: 18 });
    expect(editor.state.doc.child(0).textContent).toBe('SKOL- OCH UTBILDNINGSCHEFER');
    expect(() => editor.state.doc.check()).not.toThrow();
  });

  it('turns pasted Word HTML into items, decision and table', () => {
    const onFirstNumber = vi.fn();
    const editor = pasteEditor(undefined, onFirstNumber);
    editor.commands.focus('start');
    editor.view.pasteHTML(WORD_PROTOCOL_HTML);
    expect(outline(editor)).toEqual(['paragraph', 'paragraph', '§ Mötets öppnande', '§ Val av justerare', '§ Samverkan Skola-Arbetsliv']);
    const types: string[] = [];
    editor.state.doc.descendants((node) => void types.push(node.type.name));
    expect(types).toEqual(expect.arrayContaining(['decision', 'table', 'bulletList']));
    expect(onFirstNumber).toHaveBeenCalledWith(18);
    expect(editor.getHTML()).not.toContain('javascript:');
  });

  it('inserts the pasted items after the item holding the cursor, leaving that item as it was', () => {
    const editor = pasteEditor({ type: 'doc', content: [item('Mötets öppnande', 'Ordföranden öppnar mötet.'), item('Avslutning')] });
    caretInItem(editor, 0);
    editor.view.pasteText('§ 19 Val av justerare\nTill att justera väljs Zophia.\n\n§ 20 Förra mötets protokoll');
    expect(outline(editor)).toEqual(['§ Mötets öppnande', '§ Val av justerare', '§ Förra mötets protokoll', '§ Avslutning']);
    expect(editor.state.doc.child(0).child(2).textContent).toBe('Ordföranden öppnar mötet.');
    expect(editor.state.doc.child(1).child(2).textContent).toBe('Till att justera väljs Zophia.');
    expect(agendaTitleOf(editor.state.selection.$from.node(1))).toBe('Förra mötets protokoll');
  });

  it('at the top level, replaces an empty line, goes before a line at its start and after it otherwise', () => {
    const editor = pasteEditor({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Rubrik' }] }] });
    editor.commands.focus('end');
    editor.view.pasteText('§ 1 A');
    expect(outline(editor)).toEqual(['paragraph', '§ A']);
    editor.commands.focus('start');
    editor.view.pasteText('§ 1 B');
    expect(outline(editor)).toEqual(['§ B', 'paragraph', '§ A']);
    editor.commands.selectAll();
    editor.view.pasteText('§ 1 C\n§ 2 D');
    expect(outline(editor)).toEqual(['§ C', '§ D']);
  });

  it('puts a pasted decision into the body of the item holding the cursor, in place of an empty line', () => {
    const onFirstNumber = vi.fn();
    const editor = pasteEditor({ type: 'doc', content: [item('Förra mötets protokoll')] }, onFirstNumber);
    caretInItem(editor, 0);
    editor.view.pasteText('Mötet beslutar att:\nLägga förra mötets protokoll till handlingarna.');
    const pasted = editor.state.doc.child(0);
    // Title, presenter, and the decision in place of the empty line.
    expect(pasted.childCount).toBe(3);
    const decision = pasted.child(2);
    expect(decision.type.name).toBe('decision');
    expect([decisionLeadInOf(decision), decision.child(1).textContent]).toEqual(['Mötet beslutar att', 'Lägga förra mötets protokoll till handlingarna.']);
    expect(onFirstNumber).not.toHaveBeenCalled();
  });

  it('leaves a paste without items or decisions to the default paste', () => {
    const onFirstNumber = vi.fn();
    const editor = pasteEditor({ type: 'doc', content: [item('Övriga frågor', 'Text')] }, onFirstNumber);
    caretInItem(editor, 0);
    editor.view.pasteText('Bara en rad\nOch en till');
    expect(outline(editor)).toEqual(['§ Övriga frågor']);
    expect(editor.state.doc.textContent).toContain('Bara en rad');
    expect(onFirstNumber).not.toHaveBeenCalled();
  });

  it('leaves a decision pasted at the top level, where none can stand, to the default paste as text', () => {
    const editor = pasteEditor({ type: 'doc', content: [{ type: 'paragraph' }] });
    editor.commands.focus('start');
    editor.view.pasteText('Mötet beslutar att: godkänna dagordningen.');
    expect(outline(editor)).toEqual(['paragraph']);
    expect(editor.state.doc.textContent).toBe('Mötet beslutar att: godkänna dagordningen.');
  });

  it('keeps the structure of a copy from the editor itself', () => {
    const source = pasteEditor({ type: 'doc', content: [item('§ 7 Inte en rubrik att tolka')] });
    const slice = source.state.doc.slice(0, source.state.doc.content.size);
    const { dom } = source.view.serializeForClipboard(slice);
    const editor = pasteEditor({ type: 'doc', content: [{ type: 'paragraph' }] });
    editor.commands.focus('start');
    editor.view.pasteHTML(dom.innerHTML);
    expect(outline(editor)).toEqual(['§ § 7 Inte en rubrik att tolka']);
  });

  it('pastes into a collaborative document, and a linked document sees the items', () => {
    const ydoc = new Y.Doc();
    const editor = pasteEditor(undefined, undefined, ydoc);
    editor.commands.focus('start');
    editor.view.pasteText(readFixture('anteckningar-natverksmote.txt'));
    expect(outline(editor).filter((line) => line.startsWith('§'))).toHaveLength(6);
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(ydoc));
    const mirror = pasteEditor(undefined, undefined, other);
    expect(outline(mirror)).toEqual(outline(editor));
  });
});
