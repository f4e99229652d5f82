import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { CreateMeetingResponse } from '../shared/api/types';
import { BrowserSessions } from './support/browserSessions';
import { createMeeting, TEAMS_PROTOCOL } from './support/createMeeting';
import { typeAtEnd, waitForConnection, waitUntilEditable } from './support/meetingPage';
import { startServer, type RunningServer } from './support/startServer';

/** y-websocket backs off to at most 2.5 s between attempts; allow a few. */
const RECONNECT_MS = 15_000;

describe('words typed offline in a protocol that is locked meanwhile', () => {
  let server: RunningServer;
  let sessions: BrowserSessions;
  let meeting: CreateMeetingResponse;

  beforeAll(async () => {
    [server, sessions] = await Promise.all([startServer(), BrowserSessions.launch()]);
    meeting = await createMeeting(server.url, TEAMS_PROTOCOL);
  });

  afterAll(async () => {
    await sessions?.close();
    await server?.stop();
  });

  const call = async (token: string, method: string, route: string, body?: unknown) => {
    const response = await fetch(`${server.url}/api/meetings/${meeting.id}${route}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const json: unknown = await response.json();
    if (!response.ok) throw new Error(`${method} ${route}: ${response.status} ${JSON.stringify(json)}`);
    return json;
  };

  /** The chair and an adjuster on the attendee list with personal invitations; the protocol sent, approved by both: locked. */
  async function lockOverRest(): Promise<void> {
    const secretary = meeting.invites.secretary.token;
    const tokens: string[] = [];
    for (const attendee of [
      { name: 'Katarina Karlsson', organization: 'Skövde', role: 'ordforande' },
      { name: 'Zophia Öberg', organization: 'Tibro', role: 'justerare' },
    ]) {
      const { id } = (await call(secretary, 'POST', '/attendees', attendee)) as { id: string };
      tokens.push(((await call(secretary, 'POST', `/attendees/${id}/invite`)) as { token: string }).token);
    }
    await call(secretary, 'POST', '/review', { author: 'Sara Sekreterare' });
    const stateVector = Buffer.from(Y.encodeStateVector(new Y.Doc())).toString('base64');
    for (const token of tokens) await call(token, 'POST', '/approve', { stateVector });
  }

  it('are shown to copy, not dropped, when the tab comes back to a locked protocol', async () => {
    const participant = await sessions.open(meeting.invites.participant.url, 'Per Deltagare');
    await waitUntilEditable(participant.page);
    // Chromium holds the socket's frames while offline and sends them when it is back: after the lock.
    await participant.context.setOffline(true);
    await waitForConnection(participant.page, 'offline');
    await typeAtEnd(participant.page, 'Per skrev detta offline.');
    await lockOverRest();

    await participant.context.setOffline(false);
    const notice = participant.page.getByTestId('unsaved-words');
    await notice.waitFor({ timeout: RECONNECT_MS });
    await expect(notice.getByTestId('unsaved-words-text').textContent()).resolves.toContain('Per skrev detta offline.');
    await expect(notice.textContent()).resolves.toContain('innan de här orden hann sparas');
    const protocol = await call(meeting.invites.viewer.token, 'GET', '/protocol');
    expect(JSON.stringify(protocol)).not.toContain('Per skrev detta offline.');
  });
});
