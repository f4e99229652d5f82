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

/**
 * Runs in the page: whether the editor has the focus and its DOM selection,
 * where the next key lands, is ProseMirror's collapsed one (inside `within`
 * when given). Not "at position N": what others type meanwhile moves it.
 */
function caretSettled({ selector, within }: { selector: string; within: string | null }): boolean {
  const root: EditorRoot | null = document.querySelector(selector);
  const editor = root?.editor;
  const selection = document.getSelection();
  const node = selection?.anchorNode;
  if (!editor || !selection || !node || document.activeElement !== root || !editor.state.selection.empty) return false;
  const element = node instanceof Element ? node : node.parentElement;
  if (within !== null && element?.closest(within) == null) return false;
  return editor.view.posAtDOM(node, selection.anchorOffset) === editor.state.selection.from;
}

/** Waits until keys land where ProseMirror's caret is (inside `within`, a CSS selector, when given). */
export async function waitForCaret(page: Page, within: string | null = null): Promise<void> {
  await page.waitForFunction(caretSettled, { selector: EDITOR, within }, { polling: 'raf' });
}

/** Puts the caret right after `text` (its first occurrence), as a click there would, and waits until keys land there. */
export async function caretAfter(page: Page, text: string): Promise<void> {
  const placed = await page.evaluate(placeCaretAfter, { selector: EDITOR, text });
  if (!placed) throw new Error(`"${text}" is not in the editor`);
  await waitForCaret(page);
}
