import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import type { AuditResponse } from '../../shared/adjustment/types';
import type { CreateMeetingResponse, TicketResponse } from '../../shared/api/types';
import { SYNC_UPDATE } from '../../shared/collab/messageTypes';
import { loadConfig } from '../config';
import { bodyStartAnchor, stateVectorOf } from '../testing/adjustmentFlow';
import { httpJson } from '../testing/httpJson';
import { CookieJar, KATARINA, signInAtProvider } from '../testing/oidcProvider';
import { syncFrame } from '../testing/rawSocket';
import { serverWithProviderPerTest } from '../testing/serverWithProvider';
import type { TestServer } from '../testing/testServer';

const startServerWithProvider = serverWithProviderPerTest();

interface Answer {
  status: number;
  reason?: string | undefined;
}

/** Someone holding one kind of credential, calling the meeting's REST API and opening its socket as a browser or script would. */
interface Caller {
  rest(method: string, route: string, body?: unknown): Promise<Answer>;
  ticket(): Promise<Answer & { ticket?: string }>;
}

const CREDENTIALS = ['secretary link', 'participant link', 'adjuster link', 'personal link', 'signed in', 'withdrawn invitation', 'expired session', 'other meeting'] as const;
type Credential = (typeof CREDENTIALS)[number];

/** An adjuster in person may do all of the adjustment, and only that. */
const ADJUSTER_IN_PERSON = {
  edit: 'stored',
  attendees: { status: 403, reason: 'secretary_only' },
  remark: { status: 201 },
  decline: { status: 200 },
  approve: { status: 200 },
  correct: { status: 403, reason: 'role' },
} as const;

/** What a person expects each credential to be able to do: a status (and reason), or for the socket, whether an edit goes through. */
const EXPECTED: Record<Credential, { edit: 'stored' | number; attendees: Answer; remark: Answer; decline: Answer; approve: Answer; correct: Answer }> = {
  'secretary link': {
    edit: 'stored',
    attendees: { status: 201 },
    remark: { status: 201 },
    // The secretary's role is not among those who adjust, whoever holds the link.
    decline: { status: 403, reason: 'role' },
    approve: { status: 403, reason: 'role' },
    correct: { status: 201 },
  },
  // Posted in the meeting chat: anyone may write and remark (under a typed name, unverified), nobody approves with it.
  'participant link': {
    edit: 'stored',
    attendees: { status: 403, reason: 'secretary_only' },
    // In review only those who review remark; the participants' part was the meeting.
    remark: { status: 409, reason: 'state' },
    // A participant's role never adjusts.
    decline: { status: 403, reason: 'role' },
    approve: { status: 403, reason: 'role' },
    correct: { status: 403, reason: 'role' },
  },
  // The old adjuster role link: it reads and remarks, but whoever holds it is nobody the server knows.
  'adjuster link': {
    edit: 'stored',
    attendees: { status: 403, reason: 'secretary_only' },
    remark: { status: 201 },
    decline: { status: 403, reason: 'approval_needs_verified_person' },
    approve: { status: 403, reason: 'approval_needs_verified_person' },
    correct: { status: 403, reason: 'role' },
  },
  // Zophia, justerare, by her personal invitation, and Katarina, ordförande, signed in with her organisation account: they adjust.
  'personal link': ADJUSTER_IN_PERSON,
  'signed in': ADJUSTER_IN_PERSON,
  // Ove's personal invitation, withdrawn by the secretary: nothing works, not even a ticket fetched before.
  'withdrawn invitation': {
    edit: 4401,
    attendees: { status: 401 },
    remark: { status: 401 },
    decline: { status: 401 },
    approve: { status: 401 },
    correct: { status: 401 },
  },
  // A browser that opened the participant link and then went unused past SESSION_IDLE_MINUTES: its cookie and the ticket it fetched before are over.
  'expired session': {
    edit: 4401,
    attendees: { status: 401, reason: 'session_ended' },
    remark: { status: 401, reason: 'session_ended' },
    decline: { status: 401, reason: 'session_ended' },
    approve: { status: 401, reason: 'session_ended' },
    correct: { status: 401, reason: 'session_ended' },
  },
  // The secretary's link of another meeting opens nothing here.
  'other meeting': {
    edit: 4403,
    attendees: { status: 403 },
    remark: { status: 403 },
    decline: { status: 403 },
    approve: { status: 403 },
    correct: { status: 403 },
  },
};

async function answerOf(response: Promise<{ status: number; json: unknown }>): Promise<Answer> {
  const { status, json } = await response;
  const reason = (json as { error?: { reason?: string } } | null)?.error?.reason;
  return reason === undefined ? { status } : { status, reason };
}

function bearerCaller(appUrl: string, meetingId: string, token: string): Caller {
  return {
    rest: (method, route, body) =>
      answerOf(httpJson(method, `${appUrl}/api/meetings/${meetingId}${route}`, { headers: { authorization: `Bearer ${token}` }, ...(body === undefined ? {} : { body }) })),
    ticket: async () => {
      const response = await httpJson('POST', `${appUrl}/api/meetings/${meetingId}/ticket`, { headers: { authorization: `Bearer ${token}` } });
      return { ...(await answerOf(Promise.resolve(response))), ...(response.status === 200 ? { ticket: (response.json as TicketResponse).ticket } : {}) };
    },
  };
}

function browserCaller(appUrl: string, meetingId: string, jar: CookieJar): Caller {
  const call = async (method: string, route: string, body?: unknown) => {
    const response = await jar.fetch(`${appUrl}/api/meetings/${meetingId}${route}`, {
      method,
      headers: { origin: appUrl, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, json: text ? (JSON.parse(text) as unknown) : null };
  };
  return {
    rest: (method, route, body) => answerOf(call(method, route, body)),
    ticket: async () => {
      const response = await call('POST', '/ticket');
      return { ...(await answerOf(Promise.resolve(response))), ...(response.status === 200 ? { ticket: (response.json as TicketResponse).ticket } : {}) };
    },
  };
}

/** Opens the meeting's socket with `ticket` and sends one edit; answers 'stored' when the server holds it, or the close code it answered with. */
async function editOverSocket(server: TestServer, meetingId: string, ticket: string, text: string): Promise<'stored' | number> {
  const socket = new WebSocket(`${server.wsBase}/${meetingId}?ticket=${ticket}`);
  const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
  const opened = await Promise.race([new Promise<true>((resolve) => socket.once('open', () => resolve(true))), closed]);
  if (opened !== true) return opened;
  const writer = new Y.Doc();
  const updates: Uint8Array[] = [];
  writer.on('update', (update: Uint8Array) => updates.push(update));
  writer.getText('matrix').insert(0, text);
  socket.send(syncFrame(SYNC_UPDATE, updates[0]!));
  const stored = async () => {
    for (let attempt = 0; attempt < 50; attempt++) {
      if (server.server.rooms.peek(meetingId)?.doc.getText('matrix').toJSON().includes(text)) return 'stored' as const;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return 'not stored' as const;
  };
  const outcome = await Promise.race([stored(), closed]);
  socket.close();
  if (outcome === 'not stored') throw new Error(`the edit "${text}" was neither stored nor refused`);
  return outcome;
}

describe('who may do what in a meeting: every kind of credential against every action, over REST and the socket, on a real server', () => {
  it('lets each credential do exactly what its holder may, refuses the rest with a stable reason, and writes every refusal to the audit log', async () => {
    const { t, appUrl } = await startServerWithProvider();
    const create = async () => (await httpJson('POST', `${appUrl}/api/meetings`, { body: { title: 'Kommunstyrelsen', kind: 'protocol', startsAt: '2026-12-10T09:00' } })).json as CreateMeetingResponse;
    const meeting = await create();
    const other = await create();
    const secretary = bearerCaller(appUrl, meeting.id, meeting.invites.secretary.token);
    const addAttendee = async (name: string, role: string, email?: string) => {
      const added = await httpJson('POST', `${appUrl}/api/meetings/${meeting.id}/attendees`, {
        headers: { authorization: `Bearer ${meeting.invites.secretary.token}` },
        body: { name, organization: 'Tibro', role, ...(email ? { email } : {}) },
      });
      return (added.json as { id: string }).id;
    };
    const invite = async (attendeeId: string) =>
      ((await httpJson('POST', `${appUrl}/api/meetings/${meeting.id}/attendees/${attendeeId}/invite`, { headers: { authorization: `Bearer ${meeting.invites.secretary.token}` } })).json as { token: string }).token;
    await addAttendee('Katarina Nilsson', 'ordforande', KATARINA.email);
    const zophiaLink = await invite(await addAttendee('Zophia Zander Norell', 'justerare', 'zophia@tibro.se'));
    const oveId = await addAttendee('Ove Brodin', 'ledamot');
    const oveLink = await invite(oveId);

    const jar = new CookieJar();
    expect((await signInAtProvider(appUrl, KATARINA, jar)).status).toBe(302);
    // Per opens the participant link in his browser: a session of its own, the only participant session of the meeting.
    const idle = new CookieJar();
    expect((await idle.fetch(meeting.invites.participant.url)).status).toBe(302);
    expect((await jar.fetch(`${appUrl}/join/signed-in/${meeting.id}`)).status).toBe(302);

    const callers: Record<Credential, Caller> = {
      'secretary link': secretary,
      'participant link': bearerCaller(appUrl, meeting.id, meeting.invites.participant.token),
      'adjuster link': bearerCaller(appUrl, meeting.id, meeting.invites.adjuster.token),
      'personal link': bearerCaller(appUrl, meeting.id, zophiaLink),
      'signed in': browserCaller(appUrl, meeting.id, jar),
      'withdrawn invitation': bearerCaller(appUrl, meeting.id, oveLink),
      'expired session': browserCaller(appUrl, meeting.id, idle),
      'other meeting': bearerCaller(appUrl, meeting.id, other.invites.secretary.token),
    };
    // Tickets first, as browsers that opened the meeting before the secretary withdrew Ove's invitation.
    const tickets = {} as Record<Credential, string>;
    for (const credential of CREDENTIALS) {
      const ticket = credential === 'other meeting' ? await bearerCaller(appUrl, other.id, other.invites.secretary.token).ticket() : await callers[credential].ticket();
      expect(ticket, credential).toMatchObject({ status: 200 });
      tickets[credential] = ticket.ticket!;
    }
    expect((await httpJson('DELETE', `${appUrl}/api/meetings/${meeting.id}/attendees/${oveId}/invite`, { headers: { authorization: `Bearer ${meeting.invites.secretary.token}` } })).status).toBeLessThan(300);
    expect(await callers['withdrawn invitation'].ticket()).toEqual({ status: 401 });
    // Per's browser was last used longer ago than SESSION_IDLE_MINUTES (the default, 14 days), as if he had left it open unused.
    const database = new Database(path.join(t.dataDir, 'protokoll.db'));
    const idleSince = Date.now() - (loadConfig({}).SESSION_IDLE_MINUTES + 1) * 60_000;
    expect(database.prepare("update sessions set last_used_at = ? where meeting_id = ? and role = 'participant'").run(idleSince, meeting.id).changes).toBe(1);
    database.close();
    expect(await callers['expired session'].ticket()).toEqual({ status: 401, reason: 'session_ended' });

    const adjusters: Credential[] = ['personal link', 'signed in'];
    const seen = {} as Record<Credential, Record<string, unknown>>;
    for (const credential of CREDENTIALS) seen[credential] = {};
    // A role link's holder types a name: `author` on what they write, `name` on a review step.
    const typed = (credential: Credential, field: 'author' | 'name') => (adjusters.includes(credential) ? {} : { [field]: `Någon med ${credential}` });

    // While the meeting is written: editing, and the attendee list.
    for (const [index, credential] of CREDENTIALS.entries()) {
      seen[credential].edit = await editOverSocket(t, meeting.id, tickets[credential], `edit ${index};`);
      seen[credential].attendees = await callers[credential].rest('POST', '/attendees', { name: `Gäst ${index}`, role: 'ovrig' });
    }
    // In review: remarks, then refused declines and approvals; then the adjusters in person.
    expect(await secretary.rest('POST', '/review', {})).toEqual({ status: 200 });
    for (const credential of CREDENTIALS) seen[credential].remark = await callers[credential].rest('POST', '/remarks', { ...typed(credential, 'author'), text: 'Stämmer § 18?', anchor: bodyStartAnchor() });
    for (const credential of CREDENTIALS.filter((c) => !adjusters.includes(c))) {
      seen[credential].decline = await callers[credential].rest('POST', '/decline', { ...typed(credential, 'name'), reason: 'Fel i § 22' });
      seen[credential].approve = await callers[credential].rest('POST', '/approve', { ...typed(credential, 'name'), stateVector: stateVectorOf() });
    }
    // Each adjuster in person declines once (the round ends and the secretary sends it again), then both approve: the protocol is adjusted.
    for (const credential of adjusters) {
      seen[credential].decline = await callers[credential].rest('POST', '/decline', { reason: 'Fel i § 22' });
      expect(await secretary.rest('POST', '/review', {})).toEqual({ status: 200 });
    }
    for (const credential of adjusters) seen[credential].approve = await callers[credential].rest('POST', '/approve', { stateVector: stateVectorOf() });
    // After the lock: corrections, and the attendee list is closed.
    for (const credential of CREDENTIALS) seen[credential].correct = await callers[credential].rest('POST', '/corrections', { ...typed(credential, 'author'), what: '§ 30: lokalen', why: 'Fel lokal' });

    const expected = Object.fromEntries(CREDENTIALS.map((credential) => [credential, EXPECTED[credential]]));
    expect(seen).toEqual(expected);
    expect(await secretary.rest('POST', '/attendees', { name: 'För sent', role: 'ovrig' })).toEqual({ status: 409, reason: 'locked' });

    // Every kind of refusal is in the meeting's log, with what was tried and why.
    const audit = (await httpJson('GET', `${appUrl}/api/meetings/${meeting.id}/audit`, { headers: { authorization: `Bearer ${meeting.invites.secretary.token}` } })).json as AuditResponse;
    const refused = audit.entries.filter((entry) => entry.action === 'refused').map((entry) => `${String(entry.detail.what)} ${String(entry.detail.status)}`);
    for (const kind of ['POST /ticket 401', 'socket 4401', 'socket 4403', 'POST /attendees 403', 'POST /attendees 401', 'POST /remarks 401', 'POST /decline 403', 'POST /approve 403', 'POST /approve 401', 'POST /corrections 403', 'POST /attendees 409']) {
      expect(refused, kind).toContain(kind);
    }
  });
});
