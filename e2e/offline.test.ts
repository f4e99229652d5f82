import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreateMeetingResponse } from '../shared/api/types';
import type { BrowserSessions } from './support/browserSessions';
import { TEAMS_PROTOCOL } from './support/createMeeting';
import { fetchProtocol } from './support/fetchProtocol';
import type { OpenedMeeting } from './support/meetingPage';
import { typeAtEnd, waitForConnection, waitForSaved, waitForText, waitUntilEditable } from './support/meetingPage';
import { twoWriters } from './support/twoWriters';
import { startServer, type RunningServer } from './support/startServer';

/** y-websocket backs off to at most 2.5 s between attempts; allow a few. */
const RECONNECT_MS = 15_000;
/** The latency budget for an edit to reach the other window, after the last keystroke. */
const PROPAGATION_MS = 1000;

const badge = (page: Page) => page.getByTestId('connection-badge');

describe('words written while the server cannot be reached', () => {
  let server: RunningServer;
  let sessions: BrowserSessions;
  let meeting: CreateMeetingResponse;
  let secretary: OpenedMeeting;
  let participant: OpenedMeeting;

  beforeAll(async () => {
    ({ server, sessions, meeting, secretary, participant } = await twoWriters(TEAMS_PROTOCOL));
  });

  afterAll(async () => {
    await sessions?.close();
    await server?.stop();
  });

  it('shows Sparat once the server holds what was typed', async () => {
    await typeAtEnd(secretary.page, ' Mötet öppnades kl. 13.00.');
    await waitForSaved(secretary.page, 'saved');
    await expect(badge(secretary.page).textContent()).resolves.toContain('Sparat');
    await waitForText(participant.page, 'Mötet öppnades kl. 13.00.', PROPAGATION_MS);
  });

  it('keeps them in the browser across a closed tab, and they reach the server and the other browser when it is back', async () => {
    const meetingUrl = secretary.page.url();
    await server.stop();
    await waitForConnection(secretary.page, 'reconnecting');
    await typeAtEnd(secretary.page, ' Skrivet medan servern var borta.');
    await waitForSaved(secretary.page, 'unsaved');
    await expect(badge(secretary.page).textContent()).resolves.toMatch(/^Offline – \d+ ändringar sparade på den här enheten$/);

    // Closing the tab now asks first: the server lacks what was typed.
    const asked = new Promise<string>((resolve) => secretary.page.once('dialog', (dialog) => {
      resolve(dialog.type());
      void dialog.accept();
    }));
    await secretary.page.close({ runBeforeUnload: true });
    await expect(asked).resolves.toBe('beforeunload');

    server = await startServer({ dataDir: server.dataDir, port: server.port });
    const page = await secretary.context.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(meetingUrl);
    secretary = { context: secretary.context, page };
    // Once the page has loaded and the meeting is open, the words are there at once.
    await waitUntilEditable(page);
    await waitForText(page, 'Skrivet medan servern var borta.', PROPAGATION_MS);
    await waitForSaved(page, 'saved', RECONNECT_MS);
    await waitForText(participant.page, 'Skrivet medan servern var borta.', RECONNECT_MS);
    // On the server, not only in the two browsers: an outside reader gets it.
    expect(JSON.stringify(await fetchProtocol(server.url, meeting))).toContain('Skrivet medan servern var borta.');
  });

  it('closes a tab without asking once everything is saved', async () => {
    await waitForSaved(secretary.page, 'saved');
    let asked = false;
    secretary.page.once('dialog', (dialog) => {
      asked = true;
      void dialog.dismiss();
    });
    const meetingUrl = secretary.page.url();
    await secretary.page.close({ runBeforeUnload: true });
    await secretary.page.waitForEvent('close');
    expect(asked).toBe(false);
    const page = await secretary.context.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(meetingUrl);
    secretary = { context: secretary.context, page };
    await waitUntilEditable(page);
  });

  it('keeps both people’s edits of one § when one of them is cut off, and says the edits wait on the device', async () => {
    await waitForConnection(participant.page, 'connected', RECONNECT_MS);
    await participant.context.setOffline(true);
    await waitForConnection(participant.page, 'offline');
    await typeAtEnd(participant.page, ' Per skrev offline.');
    await waitForSaved(participant.page, 'unsaved');
    await expect(badge(participant.page).textContent()).resolves.toMatch(/^Offline – \d+ ändringar sparade på den här enheten$/);
    await typeAtEnd(secretary.page, ' Sara skrev samtidigt.');
    await waitForSaved(secretary.page, 'saved');

    await participant.context.setOffline(false);
    await waitForSaved(participant.page, 'saved', RECONNECT_MS);
    for (const page of [secretary.page, participant.page]) {
      await waitForText(page, 'Per skrev offline.', RECONNECT_MS);
      await waitForText(page, 'Sara skrev samtidigt.', RECONNECT_MS);
    }
    const stored = JSON.stringify(await fetchProtocol(server.url, meeting));
    expect(stored).toContain('Per skrev offline.');
    expect(stored).toContain('Sara skrev samtidigt.');
  });
});
