/**
 * Renders docs/screenshot-coediting.png: two browser windows writing one
 * protocol, each showing the other's caret. Run after `npx vite build`:
 *   npx tsx e2e/screenshotCoediting.ts
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { createMeeting } from './support/createMeeting';
import { launchBrowser } from './support/launchBrowser';
import { EDITOR, openInvite, remoteCaret, waitForText, waitUntilEditable } from './support/meetingPage';
import { startServer } from './support/startServer';

const OUTPUT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../docs/screenshot-coediting.png');
const WINDOW = { width: 880, height: 760 };

async function heading(page: Page, text: string): Promise<void> {
  await page.keyboard.press('Control+Alt+2');
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

async function openWindow(browser: Browser, url: string, name: string): Promise<Page> {
  const { page } = await openInvite(browser, url, name);
  await page.setViewportSize(WINDOW);
  await waitUntilEditable(page);
  return page;
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
    startsAt: new Date('2025-03-10T08:30').toISOString(),
  });
  const sara = await openWindow(browser, meeting.invites.secretary.url, 'Sara Lind');
  const per = await openWindow(browser, meeting.invites.participant.url, 'Per Holm');

  await sara.locator(EDITOR).click();
  await heading(sara, '§ 18 Mötets öppnande');
  await sara.keyboard.type('Ordföranden Anneli Alm hälsade alla välkomna och öppnade mötet.');
  await sara.keyboard.press('Enter');
  await heading(sara, '§ 19 Val av justerare');
  await sara.keyboard.type('Mötet beslutar att till att justera dagens protokoll välja Zophia Zander Norell.');
  await waitForText(per, 'Zophia Zander Norell.', 1000);

  await per.locator(EDITOR).click();
  // The document always ends in an empty paragraph (TipTap's trailing node); write in it.
  await per.keyboard.press('Control+End');
  await heading(per, '§ 20 Rapport från nätverket');
  await per.keyboard.type('- Presentationen återfinns på Teams.');
  await per.keyboard.press('Enter');
  await per.keyboard.type('Andre återkommer med respons vid nästa möte');
  await waitForText(sara, 'vid nästa möte', 1000);

  // Sara goes back to select a name to correct while Per is still writing at the end.
  await sara.getByText('Ordföranden Anneli Alm').click();
  await sara.keyboard.press('Home');
  for (let i = 0; i < 'Ordföranden Anneli '.length; i++) await sara.keyboard.press('ArrowRight');
  for (let i = 0; i < 'Alm'.length; i++) await sara.keyboard.press('Shift+ArrowRight');
  await remoteCaret(per, 'Sara Lind').waitFor();
  await remoteCaret(sara, 'Per Holm').waitFor();

  const left = await sara.screenshot();
  const right = await per.screenshot();
  const stage = await browser.newPage({ viewport: { width: 100, height: 100 } });
  await stage.setContent(composition(left, right, 'Sara Lind – sekreterare', 'Per Holm – deltagare'));
  await writeFile(OUTPUT, await stage.locator('main').screenshot());
  process.stdout.write(`wrote ${OUTPUT}\n`);
} finally {
  await browser.close();
  await server.stop();
}
