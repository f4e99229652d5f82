import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '../shared/collab/protocolVersion';
import { BrowserSessions } from './support/browserSessions';
import { createMeeting, TEAMS_PROTOCOL } from './support/createMeeting';
import { fetchProtocol } from './support/fetchProtocol';
import { typeAtEnd, waitForConnection, waitForSaved, waitForText, waitUntilEditable } from './support/meetingPage';
import { startServer, type RunningServer } from './support/startServer';

/** y-websocket backs off to at most 2.5 s between attempts; allow a few. */
const RECONNECT_MS = 15_000;


describe('a tab left open across a deploy that changed the protocol', () => {
  let server: RunningServer;
  let sessions: BrowserSessions;

  beforeAll(async () => {
    [server, sessions] = await Promise.all([startServer(), BrowserSessions.launch()]);
  });

  afterAll(async () => {
    await sessions?.close();
    await server?.stop();
  });

  it('is told to reload instead of writing with the old protocol, and what it typed is sent after the reload', async () => {
    const meeting = await createMeeting(server.url, TEAMS_PROTOCOL);
    const { page } = await sessions.open(meeting.invites.secretary.url, 'Sara Sekreterare');
    await waitUntilEditable(page);

    // The deploy: the server goes down and comes back serving only the next version of the page.
    await server.stop();
    await waitForConnection(page, 'reconnecting');
    await typeAtEnd(page, ' Skrivet under uppdateringen.');
    server = await startServer({ dataDir: server.dataDir, port: server.port, env: { CLIENT_VERSIONS: String(PROTOCOL_VERSION + 1) } });

    const notice = page.getByTestId('closed-notice');
    await notice.waitFor({ timeout: RECONNECT_MS });
    await expect(notice.getAttribute('data-code')).resolves.toBe('4426');
    await expect(notice.textContent()).resolves.toContain('En ny version finns – ladda om sidan.');
    expect(JSON.stringify(await fetchProtocol(server.url, meeting))).not.toContain('Skrivet under uppdateringen.');

    // The reload loads the page the server serves (here: the same build, the server back on its own version).
    await server.stop();
    server = await startServer({ dataDir: server.dataDir, port: server.port });
    await page.getByTestId('reload-page').click();
    await waitForText(page, 'Skrivet under uppdateringen.', RECONNECT_MS);
    await waitForSaved(page, 'saved', RECONNECT_MS);
    expect(JSON.stringify(await fetchProtocol(server.url, meeting))).toContain('Skrivet under uppdateringen.');
  });
});
