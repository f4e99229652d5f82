import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreateMeetingResponse } from '../shared/api/types';
import { createMeeting, TEAMS_PROTOCOL } from './support/createMeeting';
import { BrowserSessions } from './support/browserSessions';
import type { OpenedMeeting } from './support/meetingPage';
import { caretAtEnd, EDITOR, waitForText, waitUntilEditable } from './support/meetingPage';
import { addAttendee, agenda, agendaItem, agendaTitle, caretInBody, caretIsIn, openPanelTab, waitForAgenda } from './support/protocolPage';
import { startServer } from './support/startServer';
import type { RunningServer } from './support/startServer';

/** The latency budget for an edit to reach the other window. */
const PROPAGATION_MS = 1000;

describe('a structured protocol in two browsers', () => {
  let server: RunningServer;
  let sessions: BrowserSessions;
  let meeting: CreateMeetingResponse;
  let secretary: OpenedMeeting;
  let participant: OpenedMeeting;
  const open = (inviteUrl: string, name: string) => sessions.open(inviteUrl, name);

  beforeAll(async () => {
    [server, sessions] = await Promise.all([startServer(), BrowserSessions.launch()]);
    meeting = await createMeeting(server.url, TEAMS_PROTOCOL);
    secretary = await open(meeting.invites.secretary.url, 'Hillevi Larsson');
    participant = await open(meeting.invites.participant.url, 'Katarina Lindberg');
    await Promise.all([waitUntilEditable(secretary.page), waitUntilEditable(participant.page)]);
  });

  afterAll(async () => {
    await sessions?.close();
    await server?.stop();
  });

  it('writes paragraphs with the toolbar, "§ " and "Beslut: ", numbered from the first number in both windows', async () => {
    const page = secretary.page;
    await page.getByTestId('meta-first-paragraph').fill('18');
    await caretAtEnd(page);
    await page.getByTestId('insert-agendaItem').click();
    // The new paragraph's title has the caret: type, Enter goes on in its body.
    await page.keyboard.type('Mötets öppnande');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Ordföranden öppnar mötet.');
    await page.keyboard.press('Enter');
    await page.keyboard.type('§ ');
    await page.keyboard.type('Förra mötets protokoll');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Beslut: ');
    await page.keyboard.type('lägga förra mötets protokoll till handlingarna.');

    const expected = ['§ 18 Mötets öppnande', '§ 19 Förra mötets protokoll'];
    await waitForAgenda(page, expected);
    await waitForAgenda(participant.page, expected, PROPAGATION_MS);
    await waitForText(participant.page, 'lägga förra mötets protokoll till handlingarna.', PROPAGATION_MS);
    const range = participant.page.getByTestId('paragraph-range');
    await expect(range.getAttribute('data-first')).resolves.toBe('18');
    await expect(range.getAttribute('data-last')).resolves.toBe('19');
    await expect(participant.page.getByTestId('meta-first-paragraph').inputValue()).resolves.toBe('18');
  });

  it('renumbers in both windows when one inserts a paragraph above another and moves it', async () => {
    // Caret in § 18, Ctrl+Alt+1: a new paragraph after it, above "Förra mötets protokoll".
    await caretInBody(participant.page, 'Mötets öppnande');
    await participant.page.keyboard.press('Control+Alt+1');
    await participant.page.keyboard.type('Val av justerare');
    const inserted = ['§ 18 Mötets öppnande', '§ 19 Val av justerare', '§ 20 Förra mötets protokoll'];
    await waitForAgenda(participant.page, inserted);
    await waitForAgenda(secretary.page, inserted, PROPAGATION_MS);

    // The secretary moves it first with the button; the participant moves it back with Alt+Shift+↓ in its title.
    await agendaItem(secretary.page, 'Val av justerare').hover();
    await agendaItem(secretary.page, 'Val av justerare').getByTestId('agenda-item-move-up').click();
    const moved = ['§ 18 Val av justerare', '§ 19 Mötets öppnande', '§ 20 Förra mötets protokoll'];
    await waitForAgenda(secretary.page, moved);
    await waitForAgenda(participant.page, moved, PROPAGATION_MS);

    await agendaTitle(participant.page, 'Val av justerare').click();
    await participant.page.keyboard.press('Alt+Shift+ArrowDown');
    await waitForAgenda(participant.page, inserted);
    await waitForAgenda(secretary.page, inserted, PROPAGATION_MS);

    // Dragged by its handle above "Val av justerare", then back down with the button.
    await agendaItem(secretary.page, 'Förra mötets protokoll').hover();
    await agendaItem(secretary.page, 'Förra mötets protokoll').getByTestId('agenda-item-handle').dragTo(agendaItem(secretary.page, 'Val av justerare').getByTestId('agenda-item-number'));
    const dragged = ['§ 18 Mötets öppnande', '§ 19 Förra mötets protokoll', '§ 20 Val av justerare'];
    await waitForAgenda(secretary.page, dragged);
    await waitForAgenda(participant.page, dragged, PROPAGATION_MS);
    await agendaItem(secretary.page, 'Förra mötets protokoll').hover();
    await agendaItem(secretary.page, 'Förra mötets protokoll').getByTestId('agenda-item-move-down').click();
    await waitForAgenda(participant.page, inserted, PROPAGATION_MS);

    // Changing the first number renumbers everything, everywhere.
    await participant.page.getByTestId('meta-first-paragraph').fill('17');
    await waitForAgenda(secretary.page, ['§ 17 Mötets öppnande', '§ 18 Val av justerare', '§ 19 Förra mötets protokoll'], PROPAGATION_MS);
    await secretary.page.getByTestId('meta-first-paragraph').fill('18');
    await waitForAgenda(participant.page, inserted, PROPAGATION_MS);
  });

  it('picks an assignee with "@" from the attendance; the other window lists the action item in its side panel', async () => {
    await addAttendee(secretary.page, 'Zophia Zander Norell, Tibro', 'justerare');
    await addAttendee(secretary.page, 'Katarina Lindberg, Skövde', 'ordforande');
    await openPanelTab(participant.page, 'attendance');
    await participant.page.locator('[data-testid="attendance-group-present"] [data-testid="attendee"][data-name="Zophia Zander Norell"]').waitFor({ timeout: PROPAGATION_MS });

    const page = participant.page;
    await caretInBody(page, 'Val av justerare');
    await page.keyboard.type('Till att justera dagens protokoll väljs Zophia Zander Norell.');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+Alt+3');
    // The pointer out of the way: a menu that opens under it takes the hovered option as the active one.
    await page.mouse.move(0, 0);
    await page.keyboard.type('@zoph');
    await page.locator('[data-testid="assignee-option"][data-name="Zophia Zander Norell"]').waitFor();
    await page.keyboard.press('Enter');
    await page.keyboard.type('skickar det justerade protokollet till alla');
    const action = agendaItem(page, 'Val av justerare').getByTestId('action-item');
    await expect(action.getAttribute('data-assignee')).resolves.toBe('Zophia Zander Norell');
    await expect(action.locator('.action-item-task').innerText()).resolves.toBe('skickar det justerade protokollet till alla');

    const listed = secretary.page.locator('[data-testid="overview-action-item"][data-assignee="Zophia Zander Norell"]');
    await openPanelTab(secretary.page, 'overview');
    await listed.filter({ hasText: 'skickar det justerade protokollet till alla' }).waitFor({ timeout: PROPAGATION_MS });
    await expect(listed.innerText()).resolves.toContain('§ 19');

    // A click in the panel takes the caret to the action item.
    await listed.click();
    await expect.poll(() => caretIsIn(secretary.page, '[data-testid="action-item"]')).toBe(true);
  });

  it('inserts a decision from the "/" menu and lists every decision with its citation', async () => {
    const page = participant.page;
    await caretInBody(page, 'Mötets öppnande');
    await page.keyboard.press('Enter');
    await page.mouse.move(0, 0);
    await page.keyboard.type('/besl');
    await page.getByTestId('slash-item-decision').waitFor();
    await page.keyboard.press('Enter');
    await page.keyboard.type('förklara mötet öppnat.');

    const decisions = secretary.page.getByTestId('overview-decision');
    await decisions.filter({ hasText: 'förklara mötet öppnat.' }).waitFor({ timeout: PROPAGATION_MS });
    await expect(decisions.evaluateAll((entries) => entries.map((entry) => entry.getAttribute('data-citation')))).resolves.toEqual([
      '§ 18, beslut 1',
      '§ 20, beslut 1',
    ]);
    await decisions.first().click();
    await expect.poll(() => caretIsIn(secretary.page, '[data-testid="decision"]')).toBe(true);
  });

  it('shows a viewer everything, numbered, but nothing to edit', async () => {
    const viewer = await open(meeting.invites.viewer.url, 'Ulla Åhörare');
    const page = viewer.page;
    await waitForAgenda(page, ['§ 18 Mötets öppnande', '§ 19 Val av justerare', '§ 20 Förra mötets protokoll']);
    await expect(page.locator(`${EDITOR}`).getAttribute('contenteditable')).resolves.toBe('false');
    await expect(page.getByTestId('agenda-item-move-up').count()).resolves.toBe(0);
    await expect(page.getByTestId('meta-first-paragraph').count()).resolves.toBe(0);
    await expect(page.locator('[data-testid="action-item-status"]').isDisabled()).resolves.toBe(true);
    await expect(page.getByTestId('overview-decision').count()).resolves.toBe(2);
    await openPanelTab(page, 'attendance');
    await page.locator('[data-testid="attendee"][data-name="Katarina Lindberg"]').waitFor();
    await expect(page.getByTestId('add-attendee').count()).resolves.toBe(0);
  });

  it('creates the next meeting, which continues the numbering and carries attendees and open action items over', async () => {
    const page = secretary.page;
    await page.getByTestId('next-date').fill('2022-03-10');
    await page.getByTestId('next-place').fill('Hotell Falköping');
    await waitForAgenda(page, ['§ 18 Mötets öppnande', '§ 19 Val av justerare', '§ 20 Förra mötets protokoll']);

    await page.getByTestId('create-next-meeting').click();
    await page.waitForURL((url) => url.pathname.startsWith('/m/') && !url.pathname.endsWith(meeting.id));
    await waitUntilEditable(page);
    await page.getByTestId('fresh-invites').waitFor();

    await expect.poll(() => page.getByTestId('meta-first-paragraph').inputValue()).toBe('21');
    const numbers = (await agenda(page)).map((line) => line.split(' ').slice(0, 2).join(' '));
    expect(numbers[0]).toBe('§ 21');
    await expect(page.getByTestId('meta-place').inputValue()).resolves.toBe('Hotell Falköping');
    await openPanelTab(page, 'attendance');
    await page.locator('[data-testid="attendee"][data-name="Zophia Zander Norell"]').waitFor();
    await waitForText(page, 'skickar det justerade protokollet till alla', 5000);
  });
});
