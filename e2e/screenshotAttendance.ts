/**
 * Renders docs/screenshot-attendance.png: the secretary's attendance panel
 * with the attendees of the fixture meeting, the justerare's row open with
 * her e-mail and a fresh personal link, and the chair's link already opened.
 * Run after `npx vite build`:
 *   npx tsx e2e/screenshotAttendance.ts
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createMeeting, FIXTURE_MEETING } from './support/createMeeting';
import { launchBrowser } from './support/launchBrowser';
import { addAttendee, openPanelTab, personalLinkOf } from './support/protocolPage';
import { openWindow, paragraph } from './support/screenshotWindows';
import { startServer } from './support/startServer';

const OUTPUT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../docs/screenshot-attendance.png');

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
    ['Anneli Alm, Tidaholm', 'ledamot'],
  ] as const) {
    await addAttendee(hillevi, person, role);
  }
  await paragraph(hillevi, 'Mötets öppnande', 'Ordföranden öppnar mötet och hälsar alla välkomna.');
  // Katarina has opened hers; Zophia's is made now and shown once.
  const katarinaLink = await personalLinkOf(hillevi, 'Katarina Lindberg', 'katarina@skovde.se');
  const katarina = await openWindow(browser, katarinaLink, null, { editable: true });
  await katarina.close();
  await hillevi.locator('[data-testid="attendee"][data-name="Katarina Lindberg"]').getByTestId('attendee-edit').click();
  await personalLinkOf(hillevi, 'Zophia Zander Norell', 'zophia@tibro.se');
  await openPanelTab(hillevi, 'attendance');
  await hillevi.mouse.move(2, 2);
  await hillevi.evaluate(() => window.scrollTo(0, 0));
  await hillevi.screenshot({ path: OUTPUT });
  console.log(`wrote ${OUTPUT}`);
} finally {
  await browser.close();
  await server.stop();
}
