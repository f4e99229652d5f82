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
    const title = item.querySelector('[data-testid="agenda-item-title"]');
    const text = title instanceof HTMLTextAreaElement ? title.value : (title?.textContent ?? '');
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

/** Puts the caret at the end of the first line of a paragraph's (§) body. */
export async function caretInBody(page: Page, title: string): Promise<void> {
  await agendaItem(page, title).locator('.agenda-item-body p').first().click();
  await page.waitForFunction(caretInside, `[data-testid="agenda-item"][data-title="${title}"] .agenda-item-body`, { polling: 'raf' });
  await page.keyboard.press('End');
}

export async function openPanelTab(page: Page, tab: 'overview' | 'attendance' | 'remarks'): Promise<void> {
  await page.getByTestId(`panel-tab-${tab}`).click();
}

/** Adds an attendee the way a secretary types them: "Name, Organisation", role, Enter. */
export async function addAttendee(page: Page, text: string, role = 'ledamot'): Promise<void> {
  await openPanelTab(page, 'attendance');
  await page.getByTestId('add-attendee-role').selectOption(role);
  await page.getByTestId('add-attendee-name').fill(text);
  await page.getByTestId('add-attendee-name').press('Enter');
}
