// @vitest-environment happy-dom
import type { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { protocolEditor } from '../../shared/editor/testing/protocolEditor';
import type { RemarkAnchor } from '../../shared/adjustment/types';
import { linkDocs } from './testing/linkDocs';
import { rangeOfWord } from './testing/rangeOfWord';
import { readYBinding } from './readYBinding';
import { remarkAnchorFromRange } from './remarkAnchorFromRange';
import { remarkRangeFromAnchor } from './remarkRangeFromAnchor';
import { agendaItemJson, paragraphJson } from '../../shared/protocol/nodeJson';

const LINE = 'Budgeten för 2025 godkändes av mötet.';
const content = {
  type: 'doc',
  content: [agendaItemJson('Budget', [paragraphJson(LINE)])],
};

const editors: Editor[] = [];
function editorOn(doc: Y.Doc, withContent = true): Editor {
  const editor = protocolEditor(doc, withContent ? content : undefined);
  editors.push(editor);
  return editor;
}

afterEach(() => {
  editors.splice(0).forEach((editor) => editor.destroy());
});


function textAt(editor: Editor, anchor: RemarkAnchor): string | null {
  const binding = readYBinding(editor.state);
  if (!binding) throw new Error('editor is not bound to a Y.Doc');
  const range = remarkRangeFromAnchor(binding, anchor, editor.state.doc.content.size);
  return range && editor.state.doc.textBetween(range.from, range.to);
}

function anchorOn(editor: Editor, word: string): RemarkAnchor {
  const { from, to } = rangeOfWord(editor.state.doc, word);
  const anchor = remarkAnchorFromRange(editor.state, from, to);
  if (!anchor) throw new Error('no anchor');
  return anchor;
}

describe('remark anchors', () => {
  it('quote the selected text and find it again', () => {
    const editor = editorOn(new Y.Doc());
    const anchor = anchorOn(editor, 'godkändes');
    expect(anchor.quote).toBe('godkändes');
    expect(textAt(editor, anchor)).toBe('godkändes');
  });

  it('survive encoding to JSON (as stored by the server) and back', () => {
    const editor = editorOn(new Y.Doc());
    const anchor = JSON.parse(JSON.stringify(anchorOn(editor, '2025'))) as RemarkAnchor;
    expect(anchor.start).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(textAt(editor, anchor)).toBe('2025');
  });

  it('follow text typed before them in the same editor', () => {
    const editor = editorOn(new Y.Doc());
    const anchor = anchorOn(editor, 'godkändes');
    editor.commands.insertContentAt(rangeOfWord(editor.state.doc, 'Budgeten').from, 'Den stora ');
    expect(editor.state.doc.textContent).toContain('Den stora Budgeten');
    expect(textAt(editor, anchor)).toBe('godkändes');
  });

  it('follow a paragraph (§) inserted above by another browser', () => {
    const mine = new Y.Doc();
    const theirs = new Y.Doc();
    const editor = editorOn(mine);
    linkDocs(mine, theirs);
    const other = editorOn(theirs, false);
    const anchor = anchorOn(editor, 'godkändes');

    other.commands.insertContentAt(0, agendaItemJson('Mötets öppnande', [paragraphJson('Ordföranden öppnade mötet.')]));
    other.commands.insertContentAt(rangeOfWord(other.state.doc, 'godkändes').from, 'enhälligt ');

    expect(editor.state.doc.textContent).toContain('Ordföranden öppnade mötet.');
    expect(editor.state.doc.textContent).toContain('enhälligt godkändes');
    expect(textAt(editor, anchor)).toBe('godkändes');
    // The other browser resolves the same anchor to its own positions.
    expect(textAt(other, anchor)).toBe('godkändes');
  });

  it('are gone when their text is deleted', () => {
    const editor = editorOn(new Y.Doc());
    const anchor = anchorOn(editor, 'godkändes');
    const { from, to } = rangeOfWord(editor.state.doc, 'godkändes av');
    editor.commands.deleteRange({ from, to });
    expect(textAt(editor, anchor)).toBeNull();
  });

  it('are null for an empty selection and unreadable for garbage', () => {
    const editor = editorOn(new Y.Doc());
    expect(remarkAnchorFromRange(editor.state, 3, 3)).toBeNull();
    expect(textAt(editor, { start: '!!', end: 'AAAA', quote: 'x' })).toBeNull();
  });
});
