import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiErrorBody, CreateMeetingResponse, MeetingSummary } from '../../../shared/api/types';
import { buildMeetingDoc } from '../../../shared/protocol/buildMeetingDoc';
import { fixtureProtocol } from '../../../shared/protocol/testing/fixtureProtocol';
import type { StructuredProtocol } from '../../../shared/protocol/types';
import { httpJson } from '../../testing/httpJson';
import { startTestServer, type TestServer } from '../../testing/testServer';
import { writeThroughClient } from '../../testing/writeThroughClient';

let t: TestServer;
let previous: CreateMeetingResponse;

beforeEach(async () => {
  t = await startTestServer();
  const res = await httpJson('POST', `${t.server.url}/api/meetings`, {
    body: { title: 'Skolchefer', kind: 'protocol', body: 'Skol- och utbildningschefer', firstParagraph: 18 },
  });
  previous = res.json as CreateMeetingResponse;
  // The fixture protocol with Hillevi's task already done: only the other two are open.
  const content = fixtureProtocol();
  const hillevi = JSON.stringify(content.body).replace('"assignee":"Hillevi Larsson","due":"","status":"open"', '"assignee":"Hillevi Larsson","due":"","status":"done"');
  await writeThroughClient(t, previous.id, previous.invites.secretary.token, (doc) => buildMeetingDoc({ ...content, body: JSON.parse(hillevi) as typeof content.body }, doc));
});

afterEach(async () => {
  await t.stop();
});

const api = (p: string) => `${t.server.url}/api${p}`;
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

async function get<T>(p: string, token: string): Promise<T> {
  const res = await httpJson('GET', api(p), { headers: bearer(token) });
  expect(res.status).toBe(200);
  return res.json as T;
}

function meetingCount(): number {
  const db = new Database(path.join(t.dataDir, 'protokoll.db'), { readonly: true });
  try {
    return (db.prepare('select count(*) as n from meetings').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

describe('POST /api/meetings/:id/next', () => {
  it('continues the series: numbers, attendees with roles, date and place, open action items in the follow-up', async () => {
    const res = await httpJson('POST', api(`/meetings/${previous.id}/next`), { headers: bearer(previous.invites.secretary.token) });
    expect(res.status).toBe(201);
    const next = res.json as CreateMeetingResponse;
    expect(Object.keys(next.invites).sort()).toEqual(['adjuster', 'chair', 'participant', 'secretary', 'viewer']);
    expect(res.headers['set-cookie']?.[0]).toMatch(new RegExp(`^pk_${next.id}=`));

    const protocol = await get<StructuredProtocol>(`/meetings/${next.id}/protocol`, next.invites.viewer.token);
    expect(protocol.meeting).toMatchObject({
      title: 'Skolchefer',
      kind: 'protocol',
      body: 'Skol- och utbildningschefer',
      startsAt: '2022-03-10',
      place: 'Hotell Falköping',
      firstParagraph: 33,
      paragraphRange: { first: 33, last: 39 },
    });
    expect(protocol.items.map((item) => `§ ${item.number} ${item.title}`)).toEqual([
      '§ 33 Mötets öppnande',
      '§ 34 Val av justerare',
      '§ 35 Godkännande av dagordning',
      '§ 36 Förra mötets protokoll',
      '§ 37 Övriga frågor',
      '§ 38 Nästa möte',
      '§ 39 Mötets avslutande',
    ]);
    expect(protocol.items[3]?.actionItems).toEqual([
      { assignee: 'Mari-Louise Brage, Jonny Palmkvist', task: 'Mari-Louise och Jonny pratar sig samman och återkommer med förslag.', due: '', status: 'open' },
      { assignee: 'André Essebro', task: 'André tar fram underlag.', due: 'next-meeting', status: 'open' },
    ]);
    expect(protocol.attendees).toHaveLength(23);
    expect(protocol.attendees.filter((a) => a.presence === 'absent')).toEqual([]);
    expect(protocol.attendees.find((a) => a.name === 'Grästorps kommun')?.presence).toBe('present');
    expect(protocol.attendees.filter((a) => a.presence === 'other')).toHaveLength(5);
    expect(protocol.attendees.filter((a) => a.role !== 'ledamot' && a.role !== 'ovrig').map((a) => [a.role, a.name])).toEqual([
      ['ordforande', 'Katarina Lindberg'],
      ['justerare', 'Zophia Zander Norell'],
      ['sekreterare', 'Hillevi Larsson'],
    ]);
    expect(protocol.nextMeeting).toBeNull();

    const before = await get<MeetingSummary>(`/meetings/${previous.id}`, previous.invites.viewer.token);
    const after = await get<MeetingSummary>(`/meetings/${next.id}`, next.invites.viewer.token);
    expect(after).toMatchObject({ bodyId: before.bodyId, body: 'Skol- och utbildningschefer', startsAt: '2022-03-10', place: 'Hotell Falköping', firstParagraph: 33 });

    // And the one after that continues from 39.
    const third = (await httpJson('POST', api(`/meetings/${next.id}/next`), { headers: bearer(next.invites.secretary.token), body: { title: 'Skolchefer april' } }))
      .json as CreateMeetingResponse;
    const thirdProtocol = await get<StructuredProtocol>(`/meetings/${third.id}/protocol`, third.invites.viewer.token);
    expect(thirdProtocol.meeting).toMatchObject({ title: 'Skolchefer april', firstParagraph: 40, startsAt: null, place: null });
    expect(thirdProtocol.items[3]?.actionItems.map((a) => a.assignee)).toEqual(['Mari-Louise Brage, Jonny Palmkvist', 'André Essebro']);
  });

  it('is for the secretary only and writes nothing on a refusal', async () => {
    const other = (await httpJson('POST', api('/meetings'), { body: { title: 'Annat', kind: 'notes' } })).json as CreateMeetingResponse;
    const before = meetingCount();
    const attempt = async (id: string, headers: Record<string, string>, body?: unknown) => {
      const res = await httpJson('POST', api(`/meetings/${id}/next`), { headers, body });
      return [res.status, (res.json as ApiErrorBody).error.code];
    };
    expect(await attempt(previous.id, bearer(previous.invites.participant.token))).toEqual([403, 'forbidden']);
    expect(await attempt(previous.id, bearer(previous.invites.adjuster.token))).toEqual([403, 'forbidden']);
    expect(await attempt(previous.id, bearer(other.invites.secretary.token))).toEqual([403, 'forbidden']);
    expect(await attempt(previous.id, {})).toEqual([401, 'unauthorized']);
    expect(await attempt(previous.id, bearer('forged'))).toEqual([401, 'unauthorized']);
    expect(await attempt('nope', bearer(previous.invites.secretary.token))).toEqual([404, 'not_found']);
    expect(await attempt(previous.id, bearer(previous.invites.secretary.token), { title: '' })).toEqual([400, 'bad_request']);
    expect(await attempt(previous.id, bearer(previous.invites.secretary.token), { firstParagraph: 1 })).toEqual([400, 'bad_request']);
    const notJson = await fetch(api(`/meetings/${previous.id}/next`), { method: 'POST', headers: bearer(previous.invites.secretary.token), body: '{nope' });
    expect(notJson.status).toBe(400);
    expect(meetingCount()).toBe(before);
  });
});
