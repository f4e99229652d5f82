import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiErrorBody, BodyActionItem, BodyActionItemsResponse, CreateMeetingResponse, MeetingSummary } from '../../../shared/api/types';
import { buildMeetingDoc } from '../../../shared/protocol/buildMeetingDoc';
import { fixtureProtocol } from '../../../shared/protocol/testing/fixtureProtocol';
import { httpJson } from '../../testing/httpJson';
import { startTestServer, type TestServer } from '../../testing/testServer';
import { roomsUnloaded, writeThroughClient } from '../../testing/writeThroughClient';

let t: TestServer;
let february: CreateMeetingResponse;
let march: CreateMeetingResponse;
let marchCookie: string;
let elsewhere: CreateMeetingResponse;
let bodyId: string;

const api = (p: string) => `${t.server.url}/api${p}`;
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

beforeEach(async () => {
  t = await startTestServer();
  february = (await httpJson('POST', api('/meetings'), { body: { title: 'Skolchefer februari', kind: 'protocol', body: 'Skol- och utbildningschefer' } }))
    .json as CreateMeetingResponse;
  const content = fixtureProtocol();
  const done = JSON.stringify(content.body).replace('"assignee":"Hillevi Larsson","due":"","status":"open"', '"assignee":"Hillevi Larsson","due":"","status":"done"');
  const { writer, observer } = await writeThroughClient(t, february.id, february.invites.secretary.token, (doc) =>
    buildMeetingDoc({ ...content, body: JSON.parse(done) as typeof content.body }, doc),
  );
  writer.destroy();
  observer.destroy();
  await roomsUnloaded(t);
  const next = await httpJson('POST', api(`/meetings/${february.id}/next`), { headers: bearer(february.invites.secretary.token), body: { title: 'Skolchefer mars' } });
  march = next.json as CreateMeetingResponse;
  marchCookie = next.headers['set-cookie']?.[0]?.split(';')[0] ?? '';
  elsewhere = (await httpJson('POST', api('/meetings'), { body: { title: 'Styrelsen', kind: 'protocol', body: 'Styrelsen' } })).json as CreateMeetingResponse;
  bodyId = ((await httpJson('GET', api(`/meetings/${february.id}`), { headers: bearer(february.invites.viewer.token) })).json as MeetingSummary).bodyId ?? '';
});

afterEach(async () => {
  await t.stop();
});

async function list(query: string, headers: Record<string, string> = bearer(february.invites.viewer.token)): Promise<BodyActionItem[]> {
  const res = await httpJson('GET', api(`/bodies/${bodyId}/action-items${query}`), { headers });
  expect(res.status).toBe(200);
  return (res.json as BodyActionItemsResponse).items;
}

const brief = (items: BodyActionItem[]) => items.map((item) => `${item.meetingTitle} § ${item.itemNumber} ${item.assignee}: ${item.status}`);

describe('GET /api/bodies/:id/action-items', () => {
  it('lists the open action items of every meeting of the body, oldest meeting first', async () => {
    const items = await list('?status=open');
    expect(brief(items)).toEqual([
      'Skolchefer februari § 28 Mari-Louise Brage, Jonny Palmkvist: open',
      'Skolchefer februari § 31 André Essebro: open',
      'Skolchefer mars § 36 Mari-Louise Brage, Jonny Palmkvist: open',
      'Skolchefer mars § 36 André Essebro: open',
    ]);
    expect(items[1]).toEqual({
      meetingId: february.id,
      meetingTitle: 'Skolchefer februari',
      startsAt: '2022-02-11',
      itemNumber: 31,
      assignee: 'André Essebro',
      task: 'André tar fram underlag.',
      due: 'next-meeting',
      status: 'open',
    });
    expect(await list('')).toEqual(items);
  });

  it('filters by status and by part of the assignee, in any case', async () => {
    expect(brief(await list('?status=done'))).toEqual(['Skolchefer februari § 31 Hillevi Larsson: done']);
    expect(await list('?status=all')).toHaveLength(5);
    expect(brief(await list('?status=open&assignee=andré'))).toEqual(['Skolchefer februari § 31 André Essebro: open', 'Skolchefer mars § 36 André Essebro: open']);
    expect(brief(await list('?assignee=JONNY'))).toHaveLength(2);
    expect(await list('?assignee=Hillevi')).toEqual([]);
    expect(await list('?assignee=Hillevi&status=all')).toHaveLength(1);
  });

  it('shows a change in a meeting being edited before its next snapshot', async () => {
    // The fixture's body replaces March's; its numbers run on from 33, so § 31 of February's text is § 46 here.
    const { writer } = await writeThroughClient(t, march.id, march.invites.secretary.token, (doc) => buildMeetingDoc({ body: fixtureProtocol().body }, doc));
    expect(t.server.rooms.peek(march.id)).toBeDefined();
    const items = await list('?assignee=Hillevi&status=all');
    expect(brief(items)).toEqual(['Skolchefer februari § 31 Hillevi Larsson: done', 'Skolchefer mars § 46 Hillevi Larsson: open']);
    writer.destroy();
  });

  it('is open to anyone holding a credential for a meeting of the body, bearer or cookie', async () => {
    expect(await list('', { cookie: marchCookie })).toHaveLength(4);
    expect(await list('', bearer(march.invites.viewer.token))).toHaveLength(4);
    const status = async (id: string, query: string, headers: Record<string, string>) => {
      const res = await httpJson('GET', api(`/bodies/${id}/action-items${query}`), { headers });
      return [res.status, (res.json as ApiErrorBody).error.code];
    };
    expect(await status(bodyId, '', {})).toEqual([401, 'unauthorized']);
    expect(await status(bodyId, '', bearer('forged'))).toEqual([401, 'unauthorized']);
    expect(await status(bodyId, '', bearer(elsewhere.invites.secretary.token))).toEqual([403, 'forbidden']);
    expect(await status('nope', '', bearer(february.invites.secretary.token))).toEqual([404, 'not_found']);
    expect(await status(bodyId, '?status=late', bearer(february.invites.viewer.token))).toEqual([400, 'bad_request']);
    expect(await status(bodyId, '?sort=due', bearer(february.invites.viewer.token))).toEqual([400, 'bad_request']);
  });
});
