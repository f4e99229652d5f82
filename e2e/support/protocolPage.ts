import type { Page } from 'playwright-core';
import { EDITOR } from './meetingPage';

/**
 * Runs in the page: each paragraph (§) as "§ 18 Mötets öppnande", its derived
 * number and its title (an input for editors, a heading for readers). Answers
 * false until it equals `expected`, so waitForFunction can poll it.
 */
function agendaLines(expected: string[] | null): string[] | false {
  const lines = [...document.querySelectorAll('[data-testid="agenda-item"]')].map((item) => {
    const number = item.querySelector('[data-testid="agenda-item-number"]')?.textContent ?? '?';
    // The title is text of the document: a peer's caret in it is DOM there, not text.
    const title = item.querySelector('.agenda-item-title')?.cloneNode(true) as Element | undefined;
    title?.querySelectorAll('.collaboration-carets__caret').forEach((caret) => caret.remove());
    const text = title?.textContent ?? '';
    return `${number} ${text}`.trim();
  });
  return expected === null || JSON.stringify(lines) === JSON.stringify(expected) ? lines : false;
}

export async function agenda(page: Page): Promise<string[]> {
  return (await page.evaluate(agendaLines, null)) || [];
}

/** Waits until the page shows exactly these paragraphs, numbers included. */
export async function waitForAgenda(page: Page, expected: string[], timeout?: number): Promise<void> {
  await page.waitForFunction(agendaLines, expected, { polling: 'raf', ...(timeout === undefined ? {} : { timeout }) });
}

export function agendaItem(page: Page, title: string) {
  return page.locator(`${EDITOR} [data-testid="agenda-item"][data-title="${title}"]`);
}

/** A paragraph's (§) title: text of the document, typed in place. */
export function agendaTitle(page: Page, title: string) {
  return agendaItem(page, title).locator('.agenda-item-title');
}

/** Runs in the page: whether the editor has the focus and its caret is inside `selector`. */
function caretInside(selector: string): boolean {
  const node = document.getSelection()?.anchorNode;
  const element = node instanceof Element ? node : (node?.parentElement ?? null);
  const focused = document.activeElement?.classList.contains('ProseMirror') === true;
  return focused && element !== null && element.closest(selector) !== null;
}

export async function caretIsIn(page: Page, selector: string): Promise<boolean> {
  return page.evaluate(caretInside, selector);
}

/**
 * Puts the caret at the end of a line of a paragraph's (§) body: its first
 * text line, or the last element matching `line` (say the last clause `li`).
 */
export async function caretInBody(page: Page, title: string, line: { selector: string; last: boolean } = { selector: 'p:not(.agenda-item-presenter)', last: false }): Promise<void> {
  const lines = agendaItem(page, title).locator(`.agenda-item-body ${line.selector}`);
  const target = line.last ? lines.last() : lines.first();
  await target.click();
  await page.waitForFunction(caretInside, `[data-testid="agenda-item"][data-title="${title}"] .agenda-item-body`, { polling: 'raf' });
  // Not the End key: Chromium 156 sends it past the end of a line that a node view's controls follow.
  await target.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    range.collapse(false);
    document.getSelection()?.removeAllRanges();
    document.getSelection()?.addRange(range);
  });
  await page.waitForFunction(caretAtEndOf, { selector: `[data-testid="agenda-item"][data-title="${title}"] .agenda-item-body ${line.selector}`, last: line.last }, { polling: 'raf' });
}

/** What the page's TipTap editor exposes on its root element (TipTap sets `dom.editor`). */
interface EditorRoot extends Element {
  editor?: { view: { state: { selection: { empty: boolean; from: number } }; posAtDOM(node: Node, offset: number): number } };
}

/**
 * Runs in the page: whether the editor's own selection (ProseMirror's state,
 * which key handlers read, not only the DOM's) is collapsed at the end of the
 * first (or last) element matching `selector`. The DOM selection moves first; the
 * state follows on the next selectionchange.
 */
function caretAtEndOf({ selector, last }: { selector: string; last: boolean }): boolean {
  const matches = document.querySelectorAll(selector);
  const paragraph = matches[last ? matches.length - 1 : 0];
  const root: EditorRoot | null = paragraph?.closest('.ProseMirror') ?? null;
  const view = root?.editor?.view;
  if (!paragraph || !view) return false;
  const { empty, from } = view.state.selection;
  return empty && from === view.posAtDOM(paragraph, paragraph.childNodes.length);
}
export async function openPanelTab(page: Page, tab: 'overview' | 'attendance' | 'remarks' | 'history'): Promise<void> {
  await page.getByTestId(`panel-tab-${tab}`).click();
}

/**
 * The secretary gives an attendee an e-mail and a personal link in the
 * attendance panel, and reads the link the way they would copy it.
 */
export async function personalLinkOf(page: Page, name: string, email: string): Promise<string> {
  await openPanelTab(page, 'attendance');
  const row = page.locator(`[data-testid="attendee"][data-name="${name}"]`);
  if ((await row.getByTestId('personal-invite').count()) === 0) await row.getByTestId('attendee-edit').click();
  await row.getByTestId('attendee-email').fill(email);
  await row.getByTestId('attendee-email').press('Enter');
  await row.getByTestId('personal-invite-issue').click();
  const url = await row.getByTestId('personal-invite-url').inputValue();
  await row.getByTestId('personal-invite-status').filter({ hasText: /skapad/ }).waitFor();
  return url;
}

/** Adds an attendee the way a secretary types them: "Name, Organisation", role, Enter. */
export async function addAttendee(page: Page, text: string, role = 'ledamot'): Promise<void> {
  await openPanelTab(page, 'attendance');
  await page.getByTestId('add-attendee-role').selectOption(role);
  await page.getByTestId('add-attendee-name').fill(text);
  await page.getByTestId('add-attendee-name').press('Enter');
}
