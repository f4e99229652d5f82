import type { Browser, BrowserContext, Page } from 'playwright-core';

export const EDITOR = '[data-testid="editor"] .ProseMirror';

export interface OpenedMeeting {
  context: BrowserContext;
  page: Page;
}

/**
 * A fresh browser profile follows an invite link (which sets the session
 * cookie and redirects to the meeting) and answers the name prompt.
 */
export async function openInvite(browser: Browser, inviteUrl: string, name: string): Promise<OpenedMeeting> {
  const context = await browser.newContext({ viewport: { width: 1100, height: 800 } });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(inviteUrl);
  await page.waitForURL(/\/m\/[^/]+$/);
  await enterName(page, name);
  await page.locator(EDITOR).waitFor();
  return { context, page };
}

/** Follows a personal invitation: the server knows the person, so nobody is asked for a name. */
export async function openPersonalInvite(browser: Browser, inviteUrl: string): Promise<OpenedMeeting> {
  const context = await browser.newContext({ viewport: { width: 1100, height: 800 } });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(inviteUrl);
  await page.waitForURL(/\/m\/[^/]+$/);
  await page.locator(EDITOR).waitFor();
  return { context, page };
}

export async function enterName(page: Page, name: string): Promise<void> {
  await page.getByTestId('name-prompt-input').fill(name);
  await page.getByTestId('name-prompt-submit').click();
  await page.getByTestId('name-prompt').waitFor({ state: 'detached' });
}

/** Resolves once the editor accepts input: connected, synced, role allows it. */
export async function waitUntilEditable(page: Page): Promise<void> {
  await page.locator('[data-testid="editor"][data-editable="true"]').waitFor();
}

export async function waitForConnection(page: Page, state: string, timeout?: number): Promise<void> {
  await page.locator(`[data-testid="connection-badge"][data-state="${state}"]`).waitFor(timeout === undefined ? {} : { timeout });
}

/** Resolves once the badge says what of this tab's writing the server holds (`saved`: everything). */
export async function waitForSaved(page: Page, saved: 'saved' | 'saving' | 'unsaved', timeout?: number): Promise<void> {
  await page.locator(`[data-testid="connection-badge"][data-saved="${saved}"]`).waitFor(timeout === undefined ? {} : { timeout });
}

interface TextQuery {
  selector: string;
  expected: string | null;
}

/**
 * Runs in the page: the document's text, one line per text block, without
 * the name labels of remote carets (they are DOM inside the text, not text)
 * and without the controls of node views.
 * Answers false while `expected` is not yet in it, so waitForFunction can poll it.
 */
function documentText({ selector, expected }: TextQuery): string | false {
  const root = document.querySelector(selector);
  if (!root) return false;
  const copy = root.cloneNode(true) as Element;
  copy.querySelectorAll('.collaboration-carets__caret').forEach((caret) => caret.remove());
  // Node views' own controls (a paragraph's number and title, a decision's label) are not body text.
  copy.querySelectorAll('[contenteditable="false"]').forEach((control) => control.remove());
  // Text blocks: TipTap's, a decision's att-clauses and an action item's task.
  const blocks = copy.querySelectorAll('p, h1, h2, h3, h4, h5, h6, pre, li[data-type="decision-clause"], .action-item-task > [data-node-view-content-react]');
  const text = [...blocks].map((block) => block.textContent ?? '').join('\n');
  return expected === null || text.includes(expected) ? text : false;
}

export async function editorText(page: Page): Promise<string> {
  const text = await page.evaluate(documentText, { selector: EDITOR, expected: null });
  if (text === false) throw new Error('no editor on the page');
  return text;
}

/**
 * Puts the caret at the very end of the document, as a click there would:
 * a DOM selection at the end of the last text block, then a wait until
 * ProseMirror's own selection (which key handlers read) has followed it. Not
 * Ctrl+End: in Chromium 156 it can stop short of the end beside a remote
 * caret's label, and ProseMirror reads the move only on the next
 * selectionchange, so a key pressed at once lands where the caret was.
 */
export async function caretAtEnd(page: Page): Promise<void> {
  // Focus, not click: a click in the middle of a structured protocol could land on a title or a button.
  await page.locator(EDITOR).focus();
  await page.evaluate(placeCaretAtDocumentEnd, EDITOR);
  await page.waitForFunction(caretSynced, EDITOR, { polling: 'raf' });
}

/** Puts the caret at the very end of the document and types there. */
export async function typeAtEnd(page: Page, text: string): Promise<void> {
  await caretAtEnd(page);
  await page.keyboard.type(text);
}

/** What the page's TipTap editor exposes on its root element (TipTap sets `dom.editor`). */
interface EditorRoot extends Element {
  editor?: {
    view: {
      state: { selection: { empty: boolean; from: number }; doc: DocNode };
      domAtPos(pos: number): { node: Node; offset: number };
      posAtDOM(node: Node, offset: number): number;
    };
  };
}

interface DocNode {
  isTextblock: boolean;
  lastChild: DocNode | null;
  content: { size: number };
}

/** Runs in the page: moves the DOM selection to the end of the document's last text block. */
function placeCaretAtDocumentEnd(selector: string): void {
  const root: EditorRoot | null = document.querySelector(selector);
  const view = root?.editor?.view;
  if (!view) throw new Error(`no editor at ${selector}`);
  // A page function carries no helpers along, so each computes the end itself.
  let end = view.state.doc.content.size;
  for (let node = view.state.doc.lastChild; node; node = node.isTextblock ? null : node.lastChild) end -= 1;
  const { node, offset } = view.domAtPos(end);
  const range = document.createRange();
  range.setStart(node, offset);
  range.collapse(true);
  document.getSelection()?.removeAllRanges();
  document.getSelection()?.addRange(range);
}

/**
 * Runs in the page: whether ProseMirror's selection has caught up with the
 * DOM's. (Not "is at the end": text another window types there meanwhile
 * moves the end past the caret.)
 */
function caretSynced(selector: string): boolean {
  const root: EditorRoot | null = document.querySelector(selector);
  const view = root?.editor?.view;
  const selection = document.getSelection();
  if (!view || !selection?.anchorNode || !selection.isCollapsed) return false;
  return view.state.selection.empty && view.state.selection.from === view.posAtDOM(selection.anchorNode, selection.anchorOffset);
}

/** Waits until the editor shows `text`; the timeout is the latency budget. */
export async function waitForText(page: Page, text: string, timeout: number): Promise<void> {
  await page.waitForFunction(documentText, { selector: EDITOR, expected: text }, { timeout, polling: 'raf' });
}

/** The caret another user leaves in this page's editor, found by the name on its label. */
export function remoteCaret(page: Page, name: string) {
  return page.locator('.collaboration-carets__caret', { has: page.locator('.collaboration-carets__label', { hasText: name }) });
}
