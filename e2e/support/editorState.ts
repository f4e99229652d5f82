import type { JSONContent } from '@tiptap/core';
import type { Page } from 'playwright-core';
import { EDITOR } from './meetingPage';

/** The part of the page's TipTap editor (TipTap sets `dom.editor`) these helpers use. */
interface EditorRoot extends Element {
  editor?: {
    commands: { setContent(content: JSONContent): boolean; setTextSelection(pos: number): boolean; focus(): boolean };
    state: { doc: PageNode; selection: { empty: boolean; from: number } };
    view: { posAtDOM(node: Node, offset: number): number };
  };
}

interface PageNode {
  content: { size: number };
  textBetween(from: number, to: number, blockSeparator: string): string;
  descendants(visit: (node: PageNode, pos: number) => boolean | void): void;
  isText: boolean;
  text?: string;
}

/** Runs in the page: replaces the whole document, as a paste of a prepared protocol would. */
function replaceDocument({ selector, content }: { selector: string; content: JSONContent }): void {
  const root: EditorRoot | null = document.querySelector(selector);
  if (!root?.editor) throw new Error(`no editor at ${selector}`);
  root.editor.commands.setContent(content);
}

export async function setDocument(page: Page, content: JSONContent): Promise<void> {
  await page.evaluate(replaceDocument, { selector: EDITOR, content });
}

/** Runs in the page: the document's text, text blocks separated by a line break. */
function textOf(selector: string): string {
  const root: EditorRoot | null = document.querySelector(selector);
  const doc = root?.editor?.state.doc;
  if (!doc) throw new Error(`no editor at ${selector}`);
  return doc.textBetween(0, doc.content.size, '\n');
}

/** The editor's document text as ProseMirror holds it (no caret labels, no node-view controls). */
export async function documentText(page: Page): Promise<string> {
  return page.evaluate(textOf, EDITOR);
}

/** Runs in the page: puts the caret right after the first occurrence of `text`; false if it is not there. */
function placeCaretAfter({ selector, text }: { selector: string; text: string }): boolean {
  const root: EditorRoot | null = document.querySelector(selector);
  const editor = root?.editor;
  if (!editor) throw new Error(`no editor at ${selector}`);
  let at = -1;
  editor.state.doc.descendants((node, pos) => {
    if (at >= 0) return false;
    if (!node.isText) return true;
    const index = (node.text ?? '').indexOf(text);
    if (index >= 0) at = pos + index + text.length;
    return false;
  });
  if (at < 0) return false;
  editor.commands.focus();
  editor.commands.setTextSelection(at);
  return true;
}

/** Runs in the page: whether the DOM selection (where the next key lands) has followed ProseMirror's. */
function caretSettled({ selector, pos }: { selector: string; pos: number }): boolean {
  const root: EditorRoot | null = document.querySelector(selector);
  const editor = root?.editor;
  const selection = document.getSelection();
  if (!editor || !selection?.anchorNode || document.activeElement !== root) return false;
  return editor.state.selection.empty && editor.state.selection.from === pos && editor.view.posAtDOM(selection.anchorNode, selection.anchorOffset) === pos;
}

/** Puts the caret right after `text` (its first occurrence), as a click there would, and waits until it is there. */
export async function caretAfter(page: Page, text: string): Promise<void> {
  const placed = await page.evaluate(placeCaretAfter, { selector: EDITOR, text });
  if (!placed) throw new Error(`"${text}" is not in the editor`);
  const pos = await page.evaluate((selector) => document.querySelector<EditorRoot>(selector)?.editor?.state.selection.from ?? -1, EDITOR);
  await page.waitForFunction(caretSettled, { selector: EDITOR, pos }, { polling: 'raf' });
}
