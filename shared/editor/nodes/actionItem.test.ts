// @vitest-environment happy-dom
import type { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { editorWithItemLine, itemBody, protocolEditor, typeText } from '../testing/protocolEditor';

const editors: Editor[] = [];
afterEach(() => {
  for (const editor of editors.splice(0)) editor.destroy();
});

function itemWithLine(text: string): Editor {
  const editor = editorWithItemLine('Övriga frågor', text);
  editors.push(editor);
  return editor;
}

describe('actionItem', () => {
  it('replaces an empty line, takes attributes, and holds the task as text', () => {
    const editor = itemWithLine('');
    expect(editor.commands.insertActionItem({ assignee: 'Hillevi Larsson', due: 'next-meeting' })).toBe(true);
    typeText(editor, 'ta reda på en gemensam formulering');
    const node = itemBody(editor)[0]!;
    expect(node.type.name).toBe('actionItem');
    expect(node.attrs).toEqual({ assignee: 'Hillevi Larsson', due: 'next-meeting', status: 'open' });
    expect(node.textContent).toBe('ta reda på en gemensam formulering');
  });

  it('goes after a line with text, and its status and due can be changed', () => {
    const editor = itemWithLine('Viktigt att fortsätta prata om detta.');
    editor.commands.insertActionItem();
    expect(itemBody(editor)[1]?.type.name).toBe('actionItem');
    expect(editor.commands.updateActionItem({ status: 'done', due: '2022-03-10' })).toBe(true);
    expect(itemBody(editor)[1]?.attrs).toMatchObject({ status: 'done', due: '2022-03-10' });
  });

  it('round-trips through HTML and reads an unknown status as open', () => {
    const editor = itemWithLine('');
    editor.commands.insertActionItem({ assignee: 'André', status: 'done' });
    typeText(editor, 'tar fram underlag');
    const html = editor.getHTML();
    expect(html).toContain('data-assignee="André"');
    expect(html).toContain('data-status="done"');
    editor.commands.setContent(html.replace('data-status="done"', 'data-status="whatever"'));
    expect(itemBody(editor)[0]?.attrs).toMatchObject({ assignee: 'André', status: 'open' });
  });

  it('cannot be placed outside a paragraph (§)', () => {
    const editor = protocolEditor(undefined, { type: 'doc', content: [{ type: 'paragraph' }] });
    editors.push(editor);
    editor.commands.focus('start');
    expect(editor.commands.insertActionItem()).toBe(false);
  });
});

describe('protocol shortcuts and a whole-document selection', () => {
  it('refuses to insert rather than throw, and never turns the text into a heading', () => {
    const editor = itemWithLine('Viktigt');
    editor.commands.selectAll();
    expect(editor.commands.insertActionItem()).toBe(false);
    expect(editor.commands.insertDecision()).toBe(false);
    const before = editor.getJSON();
    pressShortcut(editor, '3');
    pressShortcut(editor, '2');
    expect(editor.getJSON()).toEqual(before);
  });

  it('inserts with Mod-Alt-3 and Mod-Alt-2 inside a paragraph (§)', () => {
    const editor = itemWithLine('Viktigt');
    pressShortcut(editor, '3');
    pressShortcut(editor, '2');
    expect(itemBody(editor).map((node) => node.type.name)).toEqual(['paragraph', 'actionItem', 'decision']);
  });
});

/** Ctrl+Alt+<key>, as ProseMirror's keymap reads it on Linux. */
function pressShortcut(editor: Editor, key: string) {
  const event = new KeyboardEvent('keydown', { key, ctrlKey: true, altKey: true, bubbles: true, cancelable: true });
  editor.view.someProp('handleKeyDown', (handler) => handler(editor.view, event));
}
