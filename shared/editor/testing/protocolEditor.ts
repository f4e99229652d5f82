import { Editor, type JSONContent } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { TextSelection } from '@tiptap/pm/state';
import * as Y from 'yjs';
import { protocolCollaboration } from '../collab/protocolCollaboration';
import { agendaItemJson, docJson, paragraphJson } from '../../protocol/nodeJson';
import { protocolExtensions } from '../extensions';
import { agendaTitleOf } from '../nodes/headingText';

/** A headless editor on the shared schema bound to a Y.Doc, as the browser has it (needs a DOM environment). */
export function protocolEditor(doc = new Y.Doc(), content?: JSONContent): Editor {
  const editor = new Editor({
    element: document.createElement('div'),
    extensions: [...protocolExtensions(), ...protocolCollaboration(doc)],
  });
  if (content) editor.commands.setContent(content);
  return editor;
}

/** Types text key by key so that input rules run, as they do for a person typing. */
export function typeText(editor: Editor, text: string): void {
  for (const char of text) {
    const { view } = editor;
    const { from, to } = view.state.selection;
    const handled = view.someProp('handleTextInput', (handler) => handler(view, from, to, char, () => view.state.tr.insertText(char, from, to)));
    if (!handled) view.dispatch(view.state.tr.insertText(char, from, to));
  }
}

/**
 * Top-level node types and agenda titles, the shape numbering works on.
 * Empty top-level lines are left out: TipTap keeps one trailing empty line
 * after the last paragraph (§) so there is always somewhere to click and type.
 */
export function outline(editor: Editor): string[] {
  const lines: string[] = [];
  editor.state.doc.forEach((node) => {
    if (node.type.name === 'paragraph' && node.content.size === 0) return;
    lines.push(node.type.name === 'agendaItem' ? `§ ${agendaTitleOf(node)}` : node.type.name);
  });
  return lines;
}

/** Presses a key as the browser would deliver it, through every keymap in priority order. */
export function pressKey(editor: Editor, key: string): boolean {
  const { view } = editor;
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
  return view.someProp('handleKeyDown', (handler) => handler(view, event)) ?? false;
}

/** An editor holding one paragraph (§) whose body is one line of `text`, with the caret at the end of that line. */
export function editorWithItemLine(title: string, text: string): Editor {
  const editor = protocolEditor(undefined, docJson(agendaItemJson(title, [paragraphJson(text)])));
  // Inside the item, after its title and (empty) presenter, at the end of the line.
  const lineStart = 1 + (title.length + 2) + 2 + 1;
  editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, lineStart + text.length)));
  return editor;
}

/** The body of the n-th top-level paragraph (§): its blocks after the title and presenter. */
export function itemBody(editor: Editor, index = 0): PMNode[] {
  const body: PMNode[] = [];
  editor.state.doc.child(index).forEach((node, _offset, childIndex) => {
    if (childIndex >= 2) body.push(node);
  });
  return body;
}
