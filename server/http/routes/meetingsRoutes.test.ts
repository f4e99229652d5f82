import Database from 'better-sqlite3';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiErrorBody, CreateMeetingResponse, MeetingListResponse, MeetingSummary, TicketResponse } from '../../../shared/api/types';
import type { StructuredProtocol } from '../../../shared/protocol/types';
import { readMeta } from '../../../shared/protocol/yDocMeta';
import { httpJson } from '../../testing/httpJson';
import { startTestServer, type TestServer } from '../../testing/testServer';

let t: TestServer;
beforeEach(async () => {
  t = await startTestServer();
});
afterEach(async () => {
  await t.stop();
});

const api = (p: string) => `${t.server.url}/api${p}`;
const errorCode = (json: unknown) => (json as ApiErrorBody).error.code;

function countRows(table: string): number {
  const db = new Database(path.join(t.dataDir, 'protokoll.db'), { readonly: true });
  try {
    return (db.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
  } finally {
    db.close();
  }
}

describe('REST API', () => {
  it('answers health', async () => {
    const res = await httpJson('GET', api('/health'));
    expect(res).toMatchObject({ status: 200, json: { ok: true } });
  });

  it('creates a meeting with five invites (one per role) whose tokens are stored only as hashes', async () => {
    const res = await httpJson('POST', api('/meetings'), {
      body: { title: 'Skolchefer', kind: 'protocol', body: 'Skol- och utbildningschefer', startsAt: '2025-02-05T09:00', place: 'digitalt via Teams', firstParagraph: 18 },
    });
    expect(res.status).toBe(201);
    const created = res.json as CreateMeetingResponse;
    expect(Object.keys(created.invites).sort()).toEqual(['adjuster', 'chair', 'participant', 'secretary', 'viewer']);
    for (const invite of Object.values(created.invites)) {
      expect(Buffer.from(invite.token, 'base64url').length * 8).toBeGreaterThanOrEqual(128);
      expect(invite.url).toBe(`${t.server.url}/join/${invite.token}`);
    }
    const db = new Database(path.join(t.dataDir, 'protokoll.db'), { readonly: true });
    const dump = JSON.stringify(db.prepare('select * from invites').all());
    db.close();
    for (const invite of Object.values(created.invites)) expect(dump).not.toContain(invite.token);

    const meeting = await httpJson('GET', api(`/meetings/${created.id}`), { headers: { authorization: `Bearer ${created.invites.participant.token}` } });
    expect(meeting.status).toBe(200);
    expect(meeting.json).toMatchObject<Partial<MeetingSummary>>({ title: 'Skolchefer', firstParagraph: 18, state: 'draft', role: 'participant', place: 'digitalt via Teams' });
  });

  it.each([
    [{ title: 'x' }, 'kind'],
    [{ title: '', kind: 'protocol' }, 'title'],
    [{ title: 'x', kind: 'minutes' }, 'kind'],
    [{ title: 'x', kind: 'notes', firstParagraph: 0 }, 'firstParagraph'],
    [{ title: 'x', kind: 'notes', startsAt: 'tomorrow' }, 'startsAt'],
    [{ title: 'x', kind: 'notes', extra: 1 }, 'extra'],
  ])('refuses %j with 400 naming %s and writes no row', async (body, field) => {
    const res = await httpJson('POST', api('/meetings'), { body });
    expect(res.status).toBe(400);
    expect(errorCode(res.json)).toBe('bad_request');
    expect((res.json as ApiErrorBody).error.message).toContain(field);
    expect(countRows('meetings')).toBe(0);
    expect(countRows('invites')).toBe(0);
  });

  it('refuses a body that is not JSON, and one that is too large', async () => {
    const bad = await new Promise<number>((resolve, reject) => {
      fetch(api('/meetings'), { method: 'POST', body: '{nope' }).then((r) => resolve(r.status), reject);
    });
    expect(bad).toBe(400);
    const huge = await httpJson('POST', api('/meetings'), { body: { title: 'x'.repeat(100_000), kind: 'notes' } });
    expect(huge.status).toBe(413);
    expect(errorCode(huge.json)).toBe('payload_too_large');
    expect(countRows('meetings')).toBe(0);
  });

  it('answers 404 for an unknown meeting, 401 without and 403 with another meeting’s credential', async () => {
    const a = await t.createMeeting();
    const b = await t.createMeeting();
    expect((await httpJson('GET', api('/meetings/nope'))).status).toBe(404);
    const none = await httpJson('GET', api(`/meetings/${a.id}`));
    expect(none.status).toBe(401);
    expect(errorCode(none.json)).toBe('unauthorized');
    const wrong = await httpJson('GET', api(`/meetings/${a.id}`), { headers: { authorization: `Bearer ${b.invites.secretary.token}` } });
    expect(wrong.status).toBe(403);
    const unknown = await httpJson('GET', api(`/meetings/${a.id}`), { headers: { authorization: 'Bearer not-a-token' } });
    expect(unknown.status).toBe(401);
    const ticket = await httpJson('POST', api(`/meetings/${a.id}/ticket`), { headers: { authorization: `Bearer ${b.invites.viewer.token}` } });
    expect(ticket.status).toBe(403);
  });

  it('issues a ticket carrying the role of the bearer', async () => {
    const a = await t.createMeeting();
    const res = await httpJson('POST', api(`/meetings/${a.id}/ticket`), { headers: { authorization: `Bearer ${a.invites.viewer.token}` } });
    expect(res.status).toBe(200);
    const body = res.json as TicketResponse;
    expect(body.role).toBe('viewer');
    expect(Date.parse(body.expiresAt)).toBeGreaterThan(Date.now());
    expect(body.ticket).not.toContain(a.invites.viewer.token);
  });

  it('answers unknown API routes with a JSON 404', async () => {
    const res = await httpJson('GET', api('/nothing-here'));
    expect(res.status).toBe(404);
    expect(errorCode(res.json)).toBe('not_found');
  });
});

// The first export of a test starts the export worker thread (a TypeScript boot, seconds on a loaded machine).
describe('meeting times', { timeout: 30_000 }, () => {
  async function createAt(startsAt: string, server = t) {
    const res = await httpJson('POST', `${server.server.url}/api/meetings`, { body: { title: 'Skolchefer', kind: 'protocol', body: 'Skol- och utbildningschefer', startsAt } });
    expect(res.status).toBe(201);
    const created = res.json as CreateMeetingResponse;
    const auth = { headers: { authorization: `Bearer ${created.invites.viewer.token}` } };
    const summary = (await httpJson('GET', `${server.server.url}/api/meetings/${created.id}`, auth)).json as MeetingSummary;
    const doc = server.server.documents.loadDoc(created.id);
    const inDocument = readMeta(doc).startsAt;
    doc.destroy();
    const markdown = await (await fetch(`${server.server.url}/api/meetings/${created.id}/export.md`, auth)).text();
    return { created, auth, summary, inDocument, markdown };
  }

  it('stores a 09:00 winter meeting sent as a UTC instant as 09:00 Stockholm wall time, and exports kl. 09.00', async () => {
    const { summary, inDocument, markdown, created, auth } = await createAt('2022-02-11T08:00:00Z');
    expect(summary).toMatchObject({ startsAt: '2022-02-11T09:00', timeZone: 'Europe/Stockholm' });
    expect(inDocument).toBe('2022-02-11T09:00');
    expect(markdown).toContain('Fredag 11 februari 2022 kl. 09.00');
    expect(markdown).not.toContain('kl. 08.00');
    const protocol = (await httpJson('GET', api(`/meetings/${created.id}/protocol`), auth)).json as StructuredProtocol;
    expect(protocol.meeting.startsAt).toBe('2022-02-11T09:00');
  });

  it('stores a 09:00 summer meeting sent as a UTC instant as 09:00 Stockholm wall time, and exports kl. 09.00', async () => {
    const { summary, inDocument, markdown } = await createAt('2022-06-10T07:00:00Z');
    expect(summary.startsAt).toBe('2022-06-10T09:00');
    expect(inDocument).toBe('2022-06-10T09:00');
    expect(markdown).toContain('Fredag 10 juni 2022 kl. 09.00');
    expect(markdown).not.toContain('kl. 07.00');
  });

  it('reads an offset instant as the same wall time, and keeps local date-times and dates as sent', async () => {
    expect((await createAt('2022-02-11T09:00:00+01:00')).summary.startsAt).toBe('2022-02-11T09:00');
    for (const startsAt of ['2025-02-05T09:00', '2025-02-05T09:00:00', '2022-02-11']) {
      const { summary, inDocument } = await createAt(startsAt);
      expect([summary.startsAt, inDocument]).toEqual([startsAt, startsAt]);
    }
  });

  it('converts to the zone the installation is configured for', async () => {
    const helsinki = await startTestServer({ TIME_ZONE: 'Europe/Helsinki' });
    try {
      const { summary, markdown } = await createAt('2022-02-11T08:00:00Z', helsinki);
      expect(summary).toMatchObject({ startsAt: '2022-02-11T10:00', timeZone: 'Europe/Helsinki' });
      expect(markdown).toContain('Fredag 11 februari 2022 kl. 10.00');
    } finally {
      await helsinki.stop();
    }
  });
});

describe('invite links and browser sessions', () => {
  it('sets an HttpOnly SameSite session cookie and lands in the meeting', async () => {
    const a = await t.createMeeting();
    const res = await httpJson('GET', a.invites.adjuster.url);
    expect(res.status).toBe(302);
    expect(res.headers.location).toBe(`/m/${a.id}`);
    const cookie = res.headers['set-cookie']?.[0] ?? '';
    expect(cookie).toMatch(new RegExp(`^pk_${a.id}=`));
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    const session = cookie.split(';')[0]!;
    const me = await httpJson('GET', api(`/meetings/${a.id}`), { headers: { cookie: session } });
    expect(me.json).toMatchObject({ id: a.id, role: 'adjuster' });
    const list = await httpJson('GET', api('/meetings'), { headers: { cookie: session } });
    expect((list.json as MeetingListResponse).meetings.map((m) => m.id)).toEqual([a.id]);
  });

  it('lists only meetings the caller holds a session for', async () => {
    await t.createMeeting();
    const list = await httpJson('GET', api('/meetings'));
    expect((list.json as MeetingListResponse).meetings).toEqual([]);
    const forged = await httpJson('GET', api('/meetings'), { headers: { cookie: 'pk_abc=forged' } });
    expect((forged.json as MeetingListResponse).meetings).toEqual([]);
  });

  it('marks the cookie Secure behind an HTTPS PUBLIC_URL, though the proxy forwards plain HTTP', async () => {
    const plain = await httpJson('GET', (await t.createMeeting()).invites.viewer.url);
    expect(plain.headers['set-cookie']?.[0] ?? '').not.toContain('Secure');

    const proxied = await startTestServer({ PUBLIC_URL: 'https://protokoll.kommun.se' });
    try {
      const meeting = await proxied.createMeeting();
      expect(meeting.invites.viewer.url).toMatch(/^https:\/\/protokoll\.kommun\.se\/join\//);
      const res = await httpJson('GET', `${proxied.server.url}/join/${meeting.invites.viewer.token}`);
      expect(res.status).toBe(302);
      expect(res.headers['set-cookie']?.[0] ?? '').toMatch(/; Secure(;|$)/);
    } finally {
      await proxied.stop();
    }
  });

  it('answers an unknown invite with 404', async () => {
    const res = await httpJson('GET', `${t.server.url}/join/not-a-token`);
    expect(res.status).toBe(404);
    expect(res.headers['set-cookie']).toBeUndefined();
  });
});
