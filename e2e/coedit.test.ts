import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreateMeetingResponse } from '../shared/api/types';
import { createMeeting, TEAMS_PROTOCOL } from './support/createMeeting';
import { BrowserSessions } from './support/browserSessions';
import type { OpenedMeeting } from './support/meetingPage';
import {
  EDITOR,
  editorText,
  remoteCaret,
  caretAtEnd,
  typeAtEnd,
  waitForConnection,
  waitForText,
  waitUntilEditable,
} from './support/meetingPage';
import { startServer } from './support/startServer';
import type { RunningServer } from './support/startServer';

/** The latency budget for an edit to reach the other window, after the last keystroke. */
const PROPAGATION_MS = 1000;
/** y-websocket backs off to at most 2.5 s between attempts; allow a few. */
const RECONNECT_MS = 15_000;

const SECRETARY = 'Sara Sekreterare';
const PARTICIPANT = 'Per Deltagare';
const VIEWER = 'Ulla Åhörare';

describe('co-editing a protocol in two browsers', () => {
  let server: RunningServer;
  let sessions: BrowserSessions;
  let meeting: CreateMeetingResponse;
  let secretary: OpenedMeeting;
  let participant: OpenedMeeting;
  let viewer: OpenedMeeting;
  const open = (inviteUrl: string, name: string) => sessions.open(inviteUrl, name);

  beforeAll(async () => {
    [server, sessions] = await Promise.all([startServer(), BrowserSessions.launch()]);
    meeting = await createMeeting(server.url, TEAMS_PROTOCOL);
    secretary = await open(meeting.invites.secretary.url, SECRETARY);
    participant = await open(meeting.invites.participant.url, PARTICIPANT);
    await Promise.all([waitUntilEditable(secretary.page), waitUntilEditable(participant.page)]);
  });

  afterAll(async () => {
    await sessions?.close();
    await server?.stop();
  });

  it('opens each invite with its role and shows both people as present', async () => {
    await expect(secretary.page.getByTestId('meeting-role').getAttribute('data-role')).resolves.toBe('secretary');
    await expect(participant.page.getByTestId('meeting-role').getAttribute('data-role')).resolves.toBe('participant');
    await secretary.page.locator(`[data-testid="presence-entry"][data-name="${PARTICIPANT}"]`).waitFor();
    await participant.page.locator(`[data-testid="presence-entry"][data-name="${SECRETARY}"]`).waitFor();
    await waitForConnection(secretary.page, 'connected');
    await waitForConnection(participant.page, 'connected');
  });

  it("shows what one types in the other's window within 1 s, with a named caret", async () => {
    await typeAtEnd(secretary.page, 'Mötets öppnande. Ordföranden öppnade mötet.');
    await waitForText(participant.page, 'Ordföranden öppnade mötet.', PROPAGATION_MS);
    await remoteCaret(participant.page, SECRETARY).waitFor({ state: 'visible', timeout: PROPAGATION_MS });

    await caretAtEnd(participant.page);
    await participant.page.keyboard.press('Enter');
    await participant.page.keyboard.type('Val av justerare: Anneli Alm.');
    await waitForText(secretary.page, 'Val av justerare: Anneli Alm.', PROPAGATION_MS);
    await remoteCaret(secretary.page, PARTICIPANT).waitFor({ state: 'visible', timeout: PROPAGATION_MS });
  });

  it('merges simultaneous typing at one spot: each sentence whole and in order, one after the other, in both windows', async () => {
    const before = await editorText(secretary.page);
    const typed = [' Sekreteraren A.', ' Deltagaren B.'] as const;
    await Promise.all([typeAtEnd(secretary.page, typed[0]), typeAtEnd(participant.page, typed[1])]);
    const merged = [before + typed[0] + typed[1], before + typed[1] + typed[0]];
    await expect
      .poll(async () => {
        const [mine, theirs] = await Promise.all([editorText(secretary.page), editorText(participant.page)]);
        return mine === theirs && merged.includes(mine) ? 'both sentences whole, windows agree' : `${mine} | ${theirs}`;
      }, { timeout: PROPAGATION_MS, interval: 20 })
      .toBe('both sentences whole, windows agree');
  });

  it('keeps the text over a reload', async () => {
    const before = await editorText(secretary.page);
    await secretary.page.reload();
    await waitUntilEditable(secretary.page);
    await waitForText(secretary.page, 'Val av justerare: Anneli Alm.', PROPAGATION_MS);
    expect(await editorText(secretary.page)).toBe(before);
    await expect(secretary.page.getByTestId('name-prompt').count()).resolves.toBe(0);
  });

  it('reconnects open pages by themselves when the server restarts', async () => {
    await server.stop();
    await waitForConnection(secretary.page, 'reconnecting');
    server = await startServer({ dataDir: server.dataDir, port: server.port });
    await waitForConnection(secretary.page, 'connected', RECONNECT_MS);
    await waitForConnection(participant.page, 'connected', RECONNECT_MS);
    await typeAtEnd(participant.page, ' Återansluten.');
    await waitForText(secretary.page, 'Återansluten.', PROPAGATION_MS);
  });

  it('keeps the text in the database over a server restart', async () => {
    const before = await editorText(secretary.page);
    // Offline pages cannot hand their copy back to the new server, so what a
    // fresh browser sees afterwards can only have come from the database.
    await Promise.all([secretary.context.setOffline(true), participant.context.setOffline(true)]);
    await waitForConnection(secretary.page, 'offline');
    await server.stop();
    server = await startServer({ dataDir: server.dataDir, port: server.port });

    viewer = await open(meeting.invites.viewer.url, VIEWER);
    await waitForConnection(viewer.page, 'connected');
    await waitForText(viewer.page, 'Återansluten.', PROPAGATION_MS);
    expect(await editorText(viewer.page)).toBe(before);

    await Promise.all([secretary.context.setOffline(false), participant.context.setOffline(false)]);
    await waitForConnection(secretary.page, 'connected', RECONNECT_MS);
    await waitForConnection(participant.page, 'connected', RECONNECT_MS);
    await typeAtEnd(secretary.page, ' Efter omstarten.');
    await waitForText(participant.page, 'Efter omstarten.', PROPAGATION_MS);
    await waitForText(viewer.page, 'Efter omstarten.', PROPAGATION_MS);
  });

  it('lets a viewer read but not type', async () => {
    const { page } = viewer;

    await expect(page.getByTestId('read-only-note').innerText()).resolves.toContain('Läsläge');
    await expect(page.locator(EDITOR).getAttribute('contenteditable')).resolves.toBe('false');
    await expect(page.getByTestId('editor-toolbar').count()).resolves.toBe(0);

    const before = await editorText(page);
    await page.locator(EDITOR).click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('XYZ förbjudet');
    await page.keyboard.press('Enter');

    // Whatever the viewer's keystrokes could have sent is on the wire before
    // this marker comes back; so once it is here, the keystrokes had no effect.
    await typeAtEnd(secretary.page, ' Markör.');
    await waitForText(page, 'Markör.', PROPAGATION_MS);
    await waitForText(participant.page, 'Markör.', PROPAGATION_MS);
    expect(await editorText(page)).toBe(`${before} Markör.`);
    expect(await editorText(secretary.page)).not.toContain('XYZ');
    expect(await editorText(participant.page)).not.toContain('XYZ');
  });

  it('lists the viewer among those present, in every window', async () => {
    for (const { page } of [secretary, participant]) {
      await page.locator(`[data-testid="presence-entry"][data-name="${VIEWER}"]`).waitFor();
    }
  });

  it('shows a changed name to the others, on the presence bar and the caret', async () => {
    await secretary.page.getByTestId('change-name').click();
    await secretary.page.getByTestId('name-prompt-input').fill('Sara S. (sekr.)');
    await secretary.page.getByTestId('name-prompt-submit').click();
    await participant.page.locator('[data-testid="presence-entry"][data-name="Sara S. (sekr.)"]').waitFor();
    await typeAtEnd(secretary.page, ' Omdöpt.');
    await remoteCaret(participant.page, 'Sara S. (sekr.)').waitFor({ state: 'visible', timeout: PROPAGATION_MS });
  });

  it('refuses a browser without an invite with a clear message', async () => {
    const context = await sessions.browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(new URL(`/m/${meeting.id}`, server.url).href);
      const problem = page.getByTestId('meeting-error');
      await expect(problem.getAttribute('data-kind')).resolves.toBe('unauthorized');
      await expect(problem.innerText()).resolves.toContain('inbjudningslänken');
    } finally {
      await context.close();
    }
  });
});
