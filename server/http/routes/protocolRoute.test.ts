import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { ApiErrorBody, CreateMeetingRequest, CreateMeetingResponse, MeetingSummary } from '../../../shared/api/types';
import { buildMeetingDoc } from '../../../shared/protocol/buildMeetingDoc';
import { BODY_FRAGMENT } from '../../../shared/protocol/docNames';
import { extractProtocol } from '../../../shared/protocol/extractProtocol';
import { agendaItemJson, docJson, headingJson, paragraphJson } from '../../../shared/protocol/nodeJson';
import { fixtureProtocol } from '../../../shared/protocol/testing/fixtureProtocol';
import type { StructuredProtocol } from '../../../shared/protocol/types';
import { httpJson } from '../../testing/httpJson';
import { startTestServer, waitForDoc, type TestServer } from '../../testing/testServer';
import { roomsUnloaded, sameState, writeThroughClient } from '../../testing/writeThroughClient';

let t: TestServer;
beforeEach(async () => {
  t = await startTestServer();
});
afterEach(async () => {
  await t.stop();
});

const api = (p: string) => `${t.server.url}/api${p}`;
const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } });

async function create(body: CreateMeetingRequest): Promise<CreateMeetingResponse> {
  const res = await httpJson('POST', api('/meetings'), { body });
  expect(res.status).toBe(201);
  return res.json as CreateMeetingResponse;
}

async function protocolOf(meeting: CreateMeetingResponse, token = meeting.invites.viewer.token): Promise<StructuredProtocol> {
  const res = await httpJson('GET', api(`/meetings/${meeting.id}/protocol`), bearer(token));
  expect(res.status).toBe(200);
  return res.json as StructuredProtocol;
}

const SKOLCHEFER: CreateMeetingRequest = {
  title: 'Skolchefer februari',
  kind: 'protocol',
  body: 'Skol- och utbildningschefer',
  startsAt: '2022-02-11',
  place: 'digitalt via Teams',
  firstParagraph: 18,
};

describe('POST /api/meetings seeds the document from a template', () => {
  it('starts a protocol from "Protokoll" with the meeting data in the document', async () => {
    const meeting = await create(SKOLCHEFER);
    const protocol = await protocolOf(meeting);
    expect(protocol.meeting).toEqual({
      id: meeting.id,
      title: 'Skolchefer februari',
      kind: 'protocol',
      body: 'Skol- och utbildningschefer',
      startsAt: '2022-02-11',
      place: 'digitalt via Teams',
      state: 'draft',
      firstParagraph: 18,
      paragraphRange: { first: 18, last: 24 },
    });
    expect(protocol.items.map((item) => `§ ${item.number} ${item.title}`)).toEqual([
      '§ 18 Mötets öppnande',
      '§ 19 Val av justerare',
      '§ 20 Godkännande av dagordning',
      '§ 21 Förra mötets protokoll',
      '§ 22 Övriga frågor',
      '§ 23 Nästa möte',
      '§ 24 Mötets avslutande',
    ]);
    expect(protocol.problems).toEqual([]);

    // The editor sees the same meeting data.
    const client = await t.connect(meeting.id, meeting.invites.participant.token);
    expect(client.doc.getMap('meta').toJSON()).toMatchObject({ bodyName: 'Skol- och utbildningschefer', kind: 'protocol', firstParagraph: 18, place: 'digitalt via Teams' });
    expect(client.doc.getXmlFragment(BODY_FRAGMENT).length).toBe(7);
  });

  it('starts notes from "Minnesanteckningar", and any kind from the template asked for', async () => {
    const notes = await protocolOf(await create({ title: 'Nätverk', kind: 'notes' }));
    expect(notes.items.map((item) => [item.number, item.title])).toEqual([
      [1, 'Uppföljning från förra mötet'],
      [2, 'Laget runt'],
      [3, 'Övriga frågor'],
      [4, 'Nästa möte'],
    ]);
    expect((await protocolOf(await create({ title: 'Tom', kind: 'protocol', template: 'empty' }))).items).toEqual([]);
    expect((await protocolOf(await create({ title: 'Blandat', kind: 'protocol', template: 'notes' }))).items).toHaveLength(4);
  });

  it('refuses an unknown template with 400', async () => {
    const res = await httpJson('POST', api('/meetings'), { body: { title: 'x', kind: 'notes', template: 'word' } });
    expect(res.status).toBe(400);
    expect((res.json as ApiErrorBody).error).toMatchObject({ code: 'bad_request', message: expect.stringContaining('template') as string });
  });

  it('puts a meeting with a body in that body, found or created by name', async () => {
    const a = await create(SKOLCHEFER);
    const b = await create({ ...SKOLCHEFER, title: 'Skolchefer mars' });
    const c = await create({ title: 'Styrelse', kind: 'protocol', body: 'Styrelsen' });
    const d = await create({ title: 'Fristående', kind: 'notes' });
    const bodyId = async (m: CreateMeetingResponse) =>
      ((await httpJson('GET', api(`/meetings/${m.id}`), bearer(m.invites.viewer.token))).json as MeetingSummary).bodyId;
    expect(await bodyId(a)).toEqual(expect.any(String));
    expect(await bodyId(b)).toBe(await bodyId(a));
    expect(await bodyId(c)).not.toBe(await bodyId(a));
    expect(await bodyId(d)).toBeNull();
  });
});

describe('GET /api/meetings/:id/protocol', () => {
  it('returns what was written with a stock client, live and after the room is unloaded', async () => {
    const meeting = await create(SKOLCHEFER);
    const { writer, observer } = await writeThroughClient(t, meeting.id, meeting.invites.secretary.token, (doc) => buildMeetingDoc(fixtureProtocol(), doc));
    const expected = extractProtocol(writer.doc, { id: meeting.id, title: SKOLCHEFER.title, kind: 'protocol', body: null, startsAt: null, place: null, state: 'draft', firstParagraph: 1 });

    const live = await protocolOf(meeting);
    expect(live).toEqual(expected);
    expect(live.items).toHaveLength(15);
    expect(live.items.find((item) => item.number === 20)?.decisions.map((d) => d.text)).toEqual(['Lägga förra mötets protokoll till handlingarna.']);
    expect(live.attendees).toHaveLength(23);

    // An edit is visible at once, before any snapshot.
    const andre = writer.doc.getXmlFragment(BODY_FRAGMENT).createTreeWalker((node) => node instanceof Y.XmlElement && node.getAttribute('assignee') === 'André Essebro').next().value as Y.XmlElement;
    andre.setAttribute('status', 'done');
    await waitForDoc(observer.doc, (doc) => sameState(doc, writer.doc));
    const ticked = await protocolOf(meeting);
    expect(ticked.items.find((item) => item.number === 31)?.actionItems.map((a) => a.status)).toEqual(['done', 'open']);

    writer.destroy();
    observer.destroy();
    await roomsUnloaded(t);
    expect(await protocolOf(meeting)).toEqual(ticked);
  });

  it('carries the text written outside any paragraph (§), in its place, from a meeting started empty', async () => {
    const meeting = await create({ ...SKOLCHEFER, template: 'empty' });
    const { writer, observer } = await writeThroughClient(t, meeting.id, meeting.invites.secretary.token, (doc) =>
      buildMeetingDoc(
        {
          body: docJson(
            paragraphJson('Anteckningar från dragningen innan mötet.'),
            agendaItemJson('Mötets öppnande', [paragraphJson('Ordföranden öppnar mötet.')]),
            headingJson('Del två'),
            agendaItemJson('Övriga frågor'),
          ),
        },
        doc,
      ),
    );
    const protocol = await protocolOf(meeting);
    expect(protocol.items.map((item) => [item.number, item.title])).toEqual([
      [18, 'Mötets öppnande'],
      [19, 'Övriga frågor'],
    ]);
    expect(protocol.loose).toEqual([
      { itemsBefore: 0, text: 'Anteckningar från dragningen innan mötet.', decisions: [], actionItems: [] },
      { itemsBefore: 1, text: 'Del två', decisions: [], actionItems: [] },
    ]);
    expect(protocol.problems).toEqual([]);
    writer.destroy();
    observer.destroy();
  });

  it('answers 404, 401 and 403 as the other meeting routes do', async () => {
    const a = await create(SKOLCHEFER);
    const b = await create(SKOLCHEFER);
    const status = async (id: string, headers: Record<string, string> = {}) => {
      const res = await httpJson('GET', api(`/meetings/${id}/protocol`), { headers });
      return [res.status, (res.json as ApiErrorBody).error?.code];
    };
    expect(await status('nope')).toEqual([404, 'not_found']);
    expect(await status(a.id)).toEqual([401, 'unauthorized']);
    expect(await status(a.id, { authorization: 'Bearer forged' })).toEqual([401, 'unauthorized']);
    expect(await status(a.id, { authorization: `Bearer ${b.invites.secretary.token}` })).toEqual([403, 'forbidden']);
  });

  it('accepts the session cookie of the browser', async () => {
    const res = await httpJson('POST', api('/meetings'), { body: SKOLCHEFER });
    const cookie = res.headers['set-cookie']?.[0]?.split(';')[0] ?? '';
    const protocol = await httpJson('GET', api(`/meetings/${(res.json as CreateMeetingResponse).id}/protocol`), { headers: { cookie } });
    expect(protocol.status).toBe(200);
  });
});
