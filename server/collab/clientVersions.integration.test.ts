import { afterEach, describe, expect, it } from 'vitest';
import type { CreateMeetingResponse } from '../../shared/api/types';
import { CLOSE_VERSION } from '../../shared/collab/closeCodes';
import { PROTOCOL_VERSION, PROTOCOL_VERSION_HEADER } from '../../shared/collab/protocolVersion';
import { httpJson } from '../testing/httpJson';
import { closeOf } from '../testing/rawSocket';
import { startTestServer, textOf, type TestServer } from '../testing/testServer';

let t: TestServer | undefined;

afterEach(async () => {
  await t?.stop();
  t = undefined;
});

async function serverServing(clientVersions?: string): Promise<{ t: TestServer; meeting: CreateMeetingResponse }> {
  t = await startTestServer(clientVersions === undefined ? {} : { CLIENT_VERSIONS: clientVersions });
  return { t, meeting: await t.createMeeting() };
}

async function socketUrl(server: TestServer, meeting: CreateMeetingResponse, version: string): Promise<string> {
  const ticket = await server.ticket(meeting.id, meeting.invites.secretary.token);
  return `${server.wsBase}/${meeting.id}?ticket=${ticket}&v=${version}`;
}

describe('a page of another protocol version', () => {
  it('is told to reload when it is older than the server (a tab left open across a deploy), before it can write', async () => {
    const { t, meeting } = await serverServing(String(PROTOCOL_VERSION + 1));
    const close = await closeOf(await socketUrl(t, meeting, String(PROTOCOL_VERSION)));
    expect(close.code).toBe(CLOSE_VERSION.code);
    expect(close.reason).toContain('older version');
    expect(close.reason).toContain('reload the page');
  });

  it('is told to reload when it is newer than the server (a page of the next release against a server not yet updated)', async () => {
    const { t, meeting } = await serverServing();
    const close = await closeOf(await socketUrl(t, meeting, String(PROTOCOL_VERSION + 1)));
    expect(close).toEqual({ code: CLOSE_VERSION.code, reason: expect.stringContaining('newer version') as string });
  });

  it('is refused a ticket with 426 and a stable reason, either way', async () => {
    const { t, meeting } = await serverServing();
    for (const version of [String(PROTOCOL_VERSION + 1), '0', 'gammal']) {
      const response = await httpJson('POST', `${t.server.url}/api/meetings/${meeting.id}/ticket`, {
        headers: { authorization: `Bearer ${meeting.invites.secretary.token}`, [PROTOCOL_VERSION_HEADER]: version },
      });
      expect(response.status).toBe(426);
      expect(response.json).toMatchObject({ error: { code: 'version_unsupported', message: expect.stringContaining('reload the page') as string } });
    }
  });

  it('is served within the range a deploy widened it to, and a caller that sends no version is served as before', async () => {
    const { t, meeting } = await serverServing(`${PROTOCOL_VERSION}-${PROTOCOL_VERSION + 1}`);
    const ticket = await httpJson('POST', `${t.server.url}/api/meetings/${meeting.id}/ticket`, {
      headers: { authorization: `Bearer ${meeting.invites.secretary.token}`, [PROTOCOL_VERSION_HEADER]: String(PROTOCOL_VERSION + 1) },
    });
    expect(ticket.status).toBe(200);
    // The stock client sends no version and still co-edits.
    const stock = await t.connect(meeting.id, meeting.invites.secretary.token);
    stock.doc.getText('t').insert(0, 'Mötet öppnas');
    const other = await t.connect(meeting.id, meeting.invites.participant.token);
    await expect.poll(() => textOf(other.doc)).toBe('Mötet öppnas');
  });
});
