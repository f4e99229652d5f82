/**
 * Renders docs/screenshot-adjustment.png: the adjuster reviewing the
 * protocol with a remark on a word (left), and the secretary's window once
 * the chair and the adjuster have approved and the protocol is locked
 * (right). Run after `npx vite build`:
 *   npx tsx e2e/screenshotAdjustment.ts
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createMeeting, FIXTURE_MEETING } from './support/createMeeting';
import { launchBrowser } from './support/launchBrowser';
import { waitForText } from './support/meetingPage';
import { addAttendee, openPanelTab, personalLinkOf } from './support/protocolPage';
import { openWindow, paragraph, writeSideBySide } from './support/screenshotWindows';
import { selectWord } from './support/selectWord';
import { startServer } from './support/startServer';

const OUTPUT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../docs/screenshot-adjustment.png');


const server = await startServer();
const browser = await launchBrowser();
try {
  const meeting = await createMeeting(server.url, FIXTURE_MEETING);
  const hillevi = await openWindow(browser, meeting.invites.secretary.url, 'Hillevi Larsson');
  for (const [person, role] of [
    ['Katarina Lindberg, Skövde', 'ordforande'],
    ['Zophia Zander Norell, Tibro', 'justerare'],
    ['Hillevi Larsson, Skaraborgs Kommunalförbund', 'sekreterare'],
    ['Ove Brodin, Lidköping', 'ledamot'],
  ] as const) {
    await addAttendee(hillevi, person, role);
  }
  await paragraph(hillevi, 'Mötets öppnande', 'Ordföranden öppnar mötet och hälsar alla välkomna.');
  await paragraph(hillevi, 'Val av justerare');
  await hillevi.keyboard.type('Beslut: ');
  await hillevi.keyboard.type('välja Zophia Zander Norell att jämte ordföranden justera dagens protokoll.');
  await paragraph(hillevi, 'Gymnasieantagning – dimensionering', 'Ove Brodin redogör för antagningen i Lidkoping och övriga kommuner.');
  await hillevi.keyboard.press('Enter');
  await hillevi.keyboard.type('Beslut: ');
  await hillevi.keyboard.type('ge gymnasiecheferna i uppdrag att ta fram ett gemensamt underlag till nästa möte.');

  await hillevi.getByTestId('send-for-review').click();
  await hillevi.getByTestId('confirm-send-for-review').click();
  // The approvers come in person, through the personal links the secretary made in the attendance panel.
  const zophia = await openWindow(browser, await personalLinkOf(hillevi, 'Zophia Zander Norell', 'zophia@tibro.se'), null, { editable: false });
  const katarina = await openWindow(browser, await personalLinkOf(hillevi, 'Katarina Lindberg', 'katarina@skovde.se'), null, { editable: false });
  await waitForText(zophia, 'Lidkoping', 5000);
  await selectWord(zophia, 'Lidkoping');
  await zophia.getByTestId('remark-add').click();
  await zophia.getByTestId('remark-text').fill('Stavning: Lidköping med ö.');
  await zophia.getByTestId('remark-submit').click();
  await openPanelTab(zophia, 'remarks');
  await zophia.getByTestId('remark-card').waitFor();
  await zophia.getByTestId('approve').click();
  await zophia.mouse.move(2, 2);
  await zophia.evaluate(() => window.scrollTo(0, 0));
  const left = await zophia.screenshot();

  await katarina.getByTestId('approve').click();
  await hillevi.getByTestId('adjusted-banner').waitFor();
  await openPanelTab(hillevi, 'overview');
  await hillevi.mouse.move(2, 2);
  await hillevi.evaluate(() => window.scrollTo(0, 0));
  await writeSideBySide(
    browser,
    OUTPUT,
    { png: left, label: 'Zophia Zander Norell – justerare, under granskningen' },
    { png: await hillevi.screenshot(), label: 'Hillevi Larsson – sekreterare, efter justeringen' },
  );
} finally {
  await browser.close();
  await server.stop();
}
