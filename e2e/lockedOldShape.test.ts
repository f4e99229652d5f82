import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreateMeetingResponse } from '../shared/api/types';
import { lockedOldShapeMeeting, OLD_SHAPE_TEXT } from '../server/testing/lockedOldShapeMeeting';
import { startTestServer } from '../server/testing/testServer';
import { BrowserSessions } from './support/browserSessions';
import { fetchProtocol } from './support/fetchProtocol';
import { EDITOR } from './support/meetingPage';
import { startServer, type RunningServer } from './support/startServer';

/**
 * A protocol adjusted before titles, presenters and lead-ins became text of
 * the document is stored in that older shape, final. Opening it in a browser
 * must show all of it, read-only, without the page trying to change it. An
 * earlier server (today's, in this process, kept from converting by an open
 * socket) writes and locks it; the real server process then serves it.
 */
describe('a protocol locked in the old shape, opened in a browser', () => {
  let server: RunningServer;
  let sessions: BrowserSessions;
  let meeting: CreateMeetingResponse;
  let dataDir: string;

  beforeAll(async () => {
    const earlier = await startTestServer();
    dataDir = earlier.dataDir;
    meeting = await lockedOldShapeMeeting(earlier);
    await earlier.server.close();
    [server, sessions] = await Promise.all([startServer({ dataDir }), BrowserSessions.launch()]);
  }, 60_000);

  afterAll(async () => {
    await sessions?.close();
    await server?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('shows the title, presenter, text and decision read-only, and the stored protocol stays as adjusted', async () => {
    const before = await fetchProtocol(server.url, meeting);
    const invite = new URL(meeting.invites.participant.url);
    const { page } = await sessions.open(new URL(invite.pathname + invite.search + invite.hash, server.url).href, 'Ove Brodin');
    await page.getByTestId('adjusted-banner').waitFor();
    await page.locator('[data-testid="editor"][data-editable="false"]').waitFor();

    const item = page.locator(`${EDITOR} [data-testid="agenda-item"]`);
    await item.waitFor();
    const shown = await page.locator(EDITOR).innerText();
    for (const text of Object.values(OLD_SHAPE_TEXT)) expect(shown).toContain(text);
    await expect(page.locator(`${EDITOR} [data-testid="agenda-item"]`).count()).resolves.toBe(1);

    // Long enough for a refused write to come back as a closed socket.
    await page.waitForTimeout(1000);
    await expect(page.getByTestId('connection-badge').getAttribute('data-state')).resolves.toBe('connected');
    await expect(page.getByTestId('closed-notice').count()).resolves.toBe(0);
    expect(await fetchProtocol(server.url, meeting)).toEqual(before);
  });
});
