/**
 * Renders docs/screenshot-protocol.png: two browser windows co-editing one
 * structured protocol, each showing the other's caret: numbered paragraphs
 * (§), decisions, action items with assignees picked with "@", and the side
 * panel that lists them. Run after `npx vite build`:
 *   npx tsx e2e/screenshotCoediting.ts
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createMeeting, FIXTURE_MEETING } from './support/createMeeting';
import { launchBrowser } from './support/launchBrowser';
import { EDITOR, remoteCaret, waitForText } from './support/meetingPage';
import { openWindow, paragraph, writeSideBySide } from './support/screenshotWindows';
import { addAttendee, agendaItem, caretInBody, openPanelTab, waitForAgenda } from './support/protocolPage';
import { startServer } from './support/startServer';

const OUTPUT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../docs/screenshot-protocol.png');
const server = await startServer();
const browser = await launchBrowser();
try {
  const meeting = await createMeeting(server.url, FIXTURE_MEETING);
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
  await caretInBody(katarina, 'Val av justerare', { selector: 'li', last: true });
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

  await writeSideBySide(
    browser,
    OUTPUT,
    { png: await hillevi.screenshot(), label: 'Hillevi Larsson – sekreterare' },
    { png: await katarina.screenshot(), label: 'Katarina Lindberg – deltagare' },
  );
} finally {
  await browser.close();
  await server.stop();
}
