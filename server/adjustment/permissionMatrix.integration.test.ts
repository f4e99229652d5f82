import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { ACTIONS, may, refusalOf, type Action } from '../../shared/adjustment/permissions';
import type { Remark } from '../../shared/adjustment/types';
import type { HistoryResponse } from '../../shared/api/history';
import type { CreateMeetingResponse } from '../../shared/api/types';
import { CLOSE_FORBIDDEN, CLOSE_LOCKED, READ_ONLY_REASON } from '../../shared/collab/closeCodes';
import { SYNC_UPDATE } from '../../shared/collab/messageTypes';
import { MEETING_STATES, type MeetingState } from '../../shared/meetingKind';
import { addAttendee } from '../../shared/protocol/yDocMeta';
import { ROLES, type Role } from '../../shared/roles';
import { bodyStartAnchor, bringTo, callAs, callAsApprover, seedApprovers, stateVectorOf } from '../testing/adjustmentFlow';
import { openRawSocket, syncFrame } from '../testing/rawSocket';
import { startTestServer, type TestServer } from '../testing/testServer';

/** Actions that go through the document (WebSocket); the others are REST calls. */
const DOCUMENT_ACTIONS = new Set<Action>(['editText', 'changeAttendees']);
/** Actions that change the workflow state: each case gets a meeting of its own. */
const STATE_CHANGING = new Set<Action>(['sendForReview', 'withdrawReview', 'approve', 'decline']);

let t: TestServer;
/** One meeting per state for the actions that leave the state as it is, with one remark made in draft. */
const shared = new Map<MeetingState, { meeting: CreateMeetingResponse; remark: Remark }>();

beforeAll(async () => {
  t = await startTestServer();
  for (const state of MEETING_STATES) {
    const meeting = await t.createMeeting();
    const remark = await callAs(t, meeting, 'secretary', 'POST', '/remarks', { author: 'Hillevi', text: 'Stämmer siffran?', anchor: bodyStartAnchor('§ 22') });
    expect(remark.status).toBe(201);
    await bringTo(t, meeting, state);
    shared.set(state, { meeting, remark: remark.json as Remark });
  }
});

afterAll(async () => {
  await t.stop();
});

async function meetingFor(state: MeetingState, action: Action) {
  const existing = shared.get(state);
  if (!existing) throw new Error(`no meeting in ${state}`);
  if (!STATE_CHANGING.has(action)) return existing;
  const meeting = await t.createMeeting();
  await (state === 'draft' ? seedApprovers(t, meeting) : bringTo(t, meeting, state));
  return { meeting, remark: existing.remark };
}

const isApprover = (role: Role): role is 'chair' | 'adjuster' => role === 'chair' || role === 'adjuster';

/** The REST call that attempts `action` as `role`. */
function restCall(meeting: CreateMeetingResponse, remark: Remark, role: Role, action: Action) {
  const as = (method: string, route: string, body?: unknown) => callAs(t, meeting, role, method, route, body);
  switch (action) {
    case 'comment':
      return as('POST', '/remarks', { author: role, text: 'En anmärkning', anchor: bodyStartAnchor() });
    case 'resolveRemark':
      return as('POST', `/remarks/${remark.id}/resolve`, { author: role, resolved: true });
    case 'sendForReview':
      return as('POST', '/review', { author: role });
    case 'withdrawReview':
      return as('POST', '/withdraw', { author: role });
    // The approvers act in person (their personal invitations); the other roles through their role links.
    case 'approve':
      return isApprover(role) ? callAsApprover(t, meeting, role, 'POST', '/approve', { stateVector: stateVectorOf() }) : as('POST', '/approve', { stateVector: stateVectorOf() });
    case 'decline':
      return isApprover(role) ? callAsApprover(t, meeting, role, 'POST', '/decline', { reason: 'Fel i § 22' }) : as('POST', '/decline', { reason: 'Fel i § 22' });
    case 'correct':
      return as('POST', '/corrections', { author: role, what: '§ 22', why: 'Stavfel' });
    case 'export':
      return as('GET', '/export.md');
    case 'readAudit':
      return as('GET', '/audit');
    case 'readHistory':
      return as('GET', '/history');
    case 'restoreHistory':
      return firstCheckpoint(meeting).then((checkpointId) => as('POST', '/restore', { checkpointId }));
    default:
      throw new Error(`${action} is not a REST action`);
  }
}

/** A checkpoint of the meeting's history (a meeting never edited gets its first edit, an attendee, from the secretary). */
async function firstCheckpoint(meeting: CreateMeetingResponse): Promise<number> {
  const read = async () => ((await callAs(t, meeting, 'secretary', 'GET', '/history')).json as HistoryResponse).checkpoints[0]?.id;
  const found = await read();
  if (found !== undefined) return found;
  await callAs(t, meeting, 'secretary', 'POST', '/attendees', { name: 'Anna Andersson' });
  const made = await read();
  if (made === undefined) throw new Error('no checkpoint after an edit');
  return made;
}

/** Sends a change of the text or of the attendee list; resolves with whether the server applied it. */
async function documentWrite(meeting: CreateMeetingResponse, role: Role, action: Action, state: MeetingState): Promise<boolean> {
  const marker = `${role}-${action}-${state}-${Math.random()}`;
  const source = new Y.Doc();
  if (action === 'editText') source.getText('t').insert(0, marker);
  else addAttendee(source, { name: marker, organization: 'Tibro', role: 'ledamot', presence: 'present' });
  const raw = await openRawSocket(t, meeting.id, meeting.invites[role].token);
  raw.send(syncFrame(SYNC_UPDATE, Y.encodeStateAsUpdate(source)));
  const room = () => t.server.rooms.peek(meeting.id);
  const applied = () => {
    const doc = room()?.doc;
    return doc !== undefined && (doc.getText('t').toJSON().includes(marker) || JSON.stringify(doc.getArray('attendees').toJSON()).includes(marker));
  };
  let closedCode: number | null = null;
  void raw.closed.then(({ code }) => (closedCode = code));
  // Wait for the server's answer either way: applied, refused in-band, or closed.
  await vi.waitFor(() => expect(applied() || raw.denied.length > 0 || closedCode !== null).toBe(true), { timeout: 5000, interval: 10 });
  const result = applied();
  raw.socket.close();
  if (!result) {
    if (state === 'adjusted') expect(closedCode).toBe(CLOSE_LOCKED.code);
    else expect(raw.denied).toEqual([READ_ONLY_REASON]);
  }
  return result;
}

describe('the permission matrix is enforced by the server for every role × state × action', () => {
  for (const state of MEETING_STATES) {
    for (const role of ROLES) {
      for (const action of ACTIONS) {
        const allowed = may(role, state, action);
        it(`${state}: ${role} ${allowed ? 'may' : 'may not'} ${action}`, async () => {
          const { meeting, remark } = await meetingFor(state, action);
          if (DOCUMENT_ACTIONS.has(action)) {
            expect(await documentWrite(meeting, role, action, state)).toBe(allowed);
            return;
          }
          const response = await restCall(meeting, remark, role, action);
          if (allowed) {
            expect(response.status, JSON.stringify(response.json)).toBeLessThan(300);
          } else {
            expect(response.status).toBe(refusalOf(role, state, action) === 'role' ? 403 : 409);
            expect(response.json).toMatchObject({ error: { message: expect.any(String) as unknown } });
          }
        });
      }
    }
  }

  it('refuses every role a credential of another meeting, over REST and WebSocket', async () => {
    const mine = shared.get('draft')?.meeting;
    const other = await t.createMeeting();
    if (!mine) throw new Error('no meeting');
    for (const role of ROLES) {
      const response = await callAs(t, { ...mine, invites: other.invites }, role, 'GET', '/review');
      expect(response.status, role).toBe(403);
      const ticket = await t.ticket(other.id, other.invites[role].token);
      const closed = await new Promise<number>((resolve) => {
        const socket = new WebSocket(`${t.wsBase}/${mine.id}?ticket=${ticket}`);
        socket.on('close', (code) => resolve(code));
      });
      expect(closed, role).toBe(CLOSE_FORBIDDEN.code);
    }
  });
});
