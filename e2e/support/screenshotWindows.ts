import { writeFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { caretAtEnd, EDITOR, enterName, waitUntilEditable } from './meetingPage';

/** The size of each browser window in the README's pictures. */
export const WINDOW = { width: 1120, height: 900 };

/**
 * A Swedish browser window that follows an invite and answers the name
 * prompt; with `name: null` a personal invitation, whose person the server
 * knows, so no prompt comes.
 */
export async function openWindow(browser: Browser, url: string, name: string | null, options: { editable?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: WINDOW, locale: 'sv-SE', timezoneId: 'Europe/Stockholm' });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(url);
  await page.waitForURL(/\/m\/[^/]+$/);
  if (name !== null) await enterName(page, name);
  if (options.editable ?? true) await waitUntilEditable(page);
  else await page.locator(EDITOR).waitFor();
  return page;
}

/** A new paragraph (§) at the end: title, then its first line. */
export async function paragraph(page: Page, title: string, firstLine?: string): Promise<void> {
  await caretAtEnd(page);
  await page.keyboard.press('Control+Alt+1');
  await page.keyboard.type(title);
  await page.keyboard.press('Enter');
  if (firstLine) await page.keyboard.type(firstLine);
}

function composition(left: Buffer, right: Buffer, leftLabel: string, rightLabel: string): string {
  const frame = (png: Buffer, label: string) => `
    <figure>
      <div class="window"><div class="bar"><i></i><i></i><i></i><span>${label}</span></div>
      <img src="data:image/png;base64,${png.toString('base64')}" width="${WINDOW.width}" height="${WINDOW.height}"></div>
    </figure>`;
  return `<!doctype html><html><head><style>
    body { margin: 0; background: #d9d5cc; font: 13px system-ui, 'DejaVu Sans', sans-serif; }
    main { display: flex; gap: 28px; padding: 28px; width: max-content; }
    figure { margin: 0; }
    .window { border-radius: 10px; overflow: hidden; box-shadow: 0 12px 36px rgb(0 0 0 / 22%); background: #fff; }
    .bar { height: 30px; display: flex; align-items: center; gap: 7px; padding: 0 12px; background: #ebe8e2; border-bottom: 1px solid #d6d1c7; color: #555; }
    .bar i { width: 11px; height: 11px; border-radius: 50%; background: #c9c4ba; }
    .bar span { margin-left: 10px; }
    img { display: block; }
  </style></head><body><main>${frame(left, leftLabel)}${frame(right, rightLabel)}</main></body></html>`;
}

/** Writes two window screenshots side by side, each under a title bar with its label, to `output`. */
export async function writeSideBySide(browser: Browser, output: string, left: { png: Buffer; label: string }, right: { png: Buffer; label: string }): Promise<void> {
  const stage = await browser.newPage({ viewport: { width: 100, height: 100 } });
  await stage.setContent(composition(left.png, right.png, left.label, right.label));
  await writeFile(output, await stage.locator('main').screenshot());
  process.stdout.write(`wrote ${output}\n`);
}
