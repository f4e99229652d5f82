/**
 * Renders docs/screenshot-protocol.png: two browser windows co-editing one
 * structured protocol, each showing the other's caret: numbered paragraphs
 * (§), decisions, action items with assignees picked with "@", and the side
 * panel that lists them. Run after `npx vite build`:
 *   npx tsx e2e/screenshotCoediting.ts
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { createMeeting } from './support/createMeeting';
import { launchBrowser } from './support/launchBrowser';
import { EDITOR, enterName, remoteCaret, waitForText, waitUntilEditable } from './support/meetingPage';
import { addAttendee, agendaItem, caretInBody, openPanelTab, waitForAgenda } from './support/protocolPage';
import { startServer } from './support/startServer';

const OUTPUT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../docs/screenshot-protocol.png');
const WINDOW = { width: 1120, height: 900 };

async function openWindow(browser: Browser, url: string, name: string): Promise<Page> {
  const context = await browser.newContext({ viewport: WINDOW, locale: 'sv-SE', timezoneId: 'Europe/Stockholm' });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(url);
  await page.waitForURL(/\/m\/[^/]+$/);
  await enterName(page, name);
  await waitUntilEditable(page);
  return page;
}

/** A new paragraph (§) at the end: title, then its first line. */
async function paragraph(page: Page, title: string, firstLine?: string): Promise<void> {
  // Focus, not click: a click in the middle of the text could land on a title or a button.
  await page.locator(EDITOR).focus();
  await page.keyboard.press('Control+End');
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

const server = await startServer();
const browser = await launchBrowser();
try {
  const meeting = await createMeeting(server.url, {
    title: 'Skol- och utbildningschefer',
    kind: 'protocol',
    body: 'Skaraborgs kommunalförbund',
    place: 'Digitalt via Teams',
    startsAt: '2022-02-11T09:00:00+01:00',
    firstParagraph: 18,
    template: 'empty',
  });
  const hillevi = await openWindow(browser, meeting.invites.secretary.url, 'Hillevi Larsson');
  const katarina = await openWindow(browser, meeting.invites.participant.url, 'Katarina Lindberg');

  for (const [person, role] of [
    ['Katarina Lindberg, Skövde', 'ordforande'],
    ['Zophia Zander Norell, Tibro', 'justerare'],
    ['Hillevi Larsson, Skaraborgs Kommunalförbund', 'sekreterare'],
    ['Anneli Alm, Tidaholm', 'ledamot'],
    ['Mari-Louise Brage, Hjo', 'ledamot'],
    ['Jonny Palmkvist, Lidköping', 'ledamot'],
    ['André Essebro, Vara', 'ledamot'],
  ] as const) {
    await addAttendee(hillevi, person, role);
  }
  await openPanelTab(hillevi, 'overview');

  await paragraph(hillevi, 'Mötets öppnande', 'Ordföranden öppnar mötet.');
  await paragraph(hillevi, 'Val av justerare');
  await hillevi.keyboard.type('Beslut: ');
  await hillevi.keyboard.type('välja Zophia Zander Norell att jämte ordföranden justera dagens protokoll.');
  await paragraph(hillevi, 'Förra mötets protokoll');
  await hillevi.keyboard.type('Beslut: ');
  await hillevi.keyboard.type('lägga förra mötets protokoll till handlingarna.');
  await paragraph(hillevi, 'Uppdrag för avdelningschefer', 'Skolcheferna ser över ett möjligt uppdrag för verksamhetschefer.');
  const numbered = ['§ 18 Mötets öppnande', '§ 19 Val av justerare', '§ 20 Förra mötets protokoll', '§ 21 Uppdrag för avdelningschefer'];
  await waitForAgenda(katarina, numbered, 1000);

  // Katarina notes who does what under § 19, while Hillevi goes back to § 18.
  await agendaItem(katarina, 'Val av justerare').locator('li').last().click();
  await katarina.keyboard.press('End');
  await katarina.keyboard.press('Enter');
  await katarina.keyboard.press('Enter');
  await katarina.keyboard.press('Control+Alt+3');
  await katarina.keyboard.type('@Zoph');
  await katarina.keyboard.press('Enter');
  await katarina.keyboard.type('justerar protokollet');
  await katarina.keyboard.press('Enter');
  await katarina.keyboard.press('Control+Alt+3');
  await katarina.keyboard.type('skickar ut det justerade protokollet till alla ');
  const adjusting = agendaItem(katarina, 'Val av justerare').getByTestId('action-item').first();
  await adjusting.getByTestId('action-item-due-choice').selectOption('date');
  await adjusting.getByTestId('action-item-due-date').fill('2022-02-25');
  // Back into the text where the caret was: ProseMirror puts it back on focus.
  await katarina.locator(EDITOR).focus();
  await katarina.waitForFunction(() => document.getSelection()?.anchorNode?.parentElement?.closest('[data-testid="action-item"]')?.textContent?.includes('till alla'));
  // The pointer stays out of the way, so the picker highlights what the keyboard picked.
  await katarina.mouse.move(2, 2);
  await katarina.keyboard.type('@Hil');
  await katarina.getByTestId('assignee-picker').waitFor();
  await waitForText(hillevi, 'skickar ut det justerade protokollet till alla', 1000);

  await caretInBody(hillevi, 'Mötets öppnande');
  await hillevi.keyboard.type(' Alla hälsas välkomna.');
  await hillevi.mouse.move(2, 2);
  await waitForText(katarina, 'Alla hälsas välkomna.', 1000);
  await remoteCaret(katarina, 'Hillevi Larsson').waitFor();
  await remoteCaret(hillevi, 'Katarina Lindberg').waitFor();
  for (const page of [hillevi, katarina]) await page.evaluate(() => window.scrollTo(0, 0));

  const left = await hillevi.screenshot();
  const right = await katarina.screenshot();
  const stage = await browser.newPage({ viewport: { width: 100, height: 100 } });
  await stage.setContent(composition(left, right, 'Hillevi Larsson – sekreterare', 'Katarina Lindberg – deltagare'));
  await writeFile(OUTPUT, await stage.locator('main').screenshot());
  process.stdout.write(`wrote ${OUTPUT}\n`);
} finally {
  await browser.close();
  await server.stop();
}
