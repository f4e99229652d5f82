// @vitest-environment happy-dom
import { Editor } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BODY_FRAGMENT } from '../../shared/collab/constants';
import { protocolExtensions } from '../../shared/editor/extensions';
import { linkDocs } from './testing/linkDocs';
import { rangeOfWord } from './testing/rangeOfWord';
import { remarkAnchorFromRange } from './remarkAnchorFromRange';
import { RemarkHighlights } from './RemarkHighlights';
import { remarkHighlightsKey } from './remarkHighlightsKey';
import type { HighlightedRemark } from './remarkHighlightsKey';
import { setRemarkHighlights } from './setRemarkHighlights';
import { agendaItemJson, paragraphJson } from '../../shared/protocol/nodeJson';

const item = (title: string, text: string) => agendaItemJson(title, [paragraphJson(text)]);

const editors: Editor[] = [];
function editorOn(doc: Y.Doc, editable = true, content?: object): Editor {
  const editor = new Editor({
    element: document.createElement('div'),
    editable,
    extensions: [...protocolExtensions(), Collaboration.configure({ document: doc, field: BODY_FRAGMENT }), RemarkHighlights],
  });
  if (content) editor.commands.setContent(content);
  editors.push(editor);
  return editor;
}

afterEach(() => {
  editors.splice(0).forEach((editor) => editor.destroy());
});


function remarkOn(editor: Editor, id: number, word: string, resolved = false): HighlightedRemark {
  const { from, to } = rangeOfWord(editor.state.doc, word);
  const anchor = remarkAnchorFromRange(editor.state, from, to);
  if (!anchor) throw new Error('no anchor');
  return { id, anchor, resolved };
}

const highlighted = (editor: Editor) =>
  [...editor.view.dom.querySelectorAll('[data-testid="remark-highlight"]')].map((element) => [element.getAttribute('data-remark-id'), element.textContent, element.classList.contains('is-active')]);

const content = { type: 'doc', content: [item('Budget', 'Budgeten godkändes.'), item('Övriga frågor', 'Inga övriga frågor.')] };

describe('RemarkHighlights', () => {
  it('marks the text of open threads only, and counts them on their paragraph (§)', () => {
    const editor = editorOn(new Y.Doc(), true, content);
    setRemarkHighlights(editor, { remarks: [remarkOn(editor, 1, 'godkändes'), remarkOn(editor, 2, 'Inga'), remarkOn(editor, 3, 'Budgeten', true)] });
    expect(highlighted(editor)).toEqual([
      ['1', 'godkändes', false],
      ['2', 'Inga', false],
    ]);
    const counts = [...editor.view.dom.querySelectorAll('[data-remark-count]')].map((element) => element.getAttribute('data-remark-count'));
    expect(counts).toEqual(['1', '1']);
  });

  it('emphasises the selected thread and selects a thread whose text is clicked', () => {
    const editor = editorOn(new Y.Doc(), false, content);
    setRemarkHighlights(editor, { remarks: [remarkOn(editor, 1, 'godkändes'), remarkOn(editor, 2, 'Inga')] });
    setRemarkHighlights(editor, { activeId: 1 });
    expect(highlighted(editor)).toEqual([
      ['1', 'godkändes', true],
      ['2', 'Inga', false],
    ]);
    const second = editor.view.dom.querySelector('[data-remark-id="2"]');
    second?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(remarkHighlightsKey.getState(editor.state)?.activeId).toBe(2);
  });

  it('keeps the marks on their text through local edits, typing at the edges stays outside', () => {
    const editor = editorOn(new Y.Doc(), true, content);
    setRemarkHighlights(editor, { remarks: [remarkOn(editor, 1, 'godkändes')] });
    editor.commands.insertContentAt(rangeOfWord(editor.state.doc, 'godkändes').from, 'inte ');
    editor.commands.insertContentAt(rangeOfWord(editor.state.doc, 'godkändes').to, ' i år');
    expect(editor.state.doc.textContent).toContain('Budgeten inte godkändes i år.');
    expect(highlighted(editor)).toEqual([['1', 'godkändes', false]]);
  });

  it('keeps the marks on their text through another browser’s edits', () => {
    const mine = new Y.Doc();
    const theirs = new Y.Doc();
    const editor = editorOn(mine, false, content);
    linkDocs(mine, theirs);
    const other = editorOn(theirs);
    setRemarkHighlights(editor, { remarks: [remarkOn(editor, 1, 'Inga')] });
    other.commands.insertContentAt(0, item('Mötets öppnande', 'Ordföranden öppnade mötet.'));
    other.commands.insertContentAt(rangeOfWord(other.state.doc, 'Inga').from, 'Det fanns ');
    expect(editor.state.doc.textContent).toContain('Det fanns Inga övriga frågor.');
    expect(highlighted(editor)).toEqual([['1', 'Inga', false]]);
  });

  it('drops the mark when its text is deleted', () => {
    const editor = editorOn(new Y.Doc(), true, content);
    setRemarkHighlights(editor, { remarks: [remarkOn(editor, 1, 'godkändes')] });
    editor.commands.deleteRange(rangeOfWord(editor.state.doc, 'godkändes'));
    expect(highlighted(editor)).toEqual([]);
    expect(remarkHighlightsKey.getState(editor.state)?.ranges.size).toBe(0);
  });
});
