import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import type { AttendeeListResponse, AttendeeView, PersonalInviteResponse } from '../../shared/api/attendees';
import type { MeetingSummary } from '../../shared/api/types';
import { ADJUSTER, bringTo, callAs } from '../testing/adjustmentFlow';
import { httpJson } from '../testing/httpJson';
import { closeOf, openRawSocket } from '../testing/rawSocket';
import { startTestServer, type TestServer } from '../testing/testServer';

let t: TestServer | null = null;
afterEach(async () => {
  await t?.stop();
  t = null;
});

const WITHDRAWN = { code: 4401, reason: 'unauthorized: the invitation was withdrawn; ask the secretary for a new link' };

describe('a personal invitation', () => {
  it('signs its holder in as that attendee, with the role their place in the meeting grants, until it is re-issued or withdrawn', async () => {
    t = await startTestServer();
    const meeting = await t.createMeeting();
    const zophia = (await callAs(t, meeting, 'secretary', 'POST', '/attendees', { name: 'Zophia Zander Norell', role: 'justerare', email: 'zophia@tibro.se' })).json as AttendeeView;
    const issued = await callAs(t, meeting, 'secretary', 'POST', `/attendees/${zophia.id}/invite`);
    expect(issued.status).toBe(200);
    const first = issued.json as PersonalInviteResponse;
    expect(first).toEqual({ attendeeId: zophia.id, role: 'adjuster', token: first.token, url: `${t.server.url}/join/${first.token}` });
    expect(first.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const listed = (await callAs(t, meeting, 'secretary', 'GET', '/attendees')).json as AttendeeListResponse;
    expect(listed.attendees[0]?.invitedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    // Made, not yet opened: the secretary sees who has not joined.
    expect(listed.attendees[0]?.openedAt).toBeNull();

    // Opening the link gives this browser a session as the adjuster.
    const joined = await httpJson('GET', `${t.server.url}/join/${first.token}`);
    expect(joined.status).toBe(302);
    const cookie = String(joined.headers['set-cookie']?.[0] ?? '').split(';')[0]!;
    const summary = await httpJson('GET', `${t.server.url}/api/meetings/${meeting.id}`, { headers: { cookie } });
    expect((summary.json as MeetingSummary).role).toBe('adjuster');
    const afterJoin = (await callAs(t, meeting, 'secretary', 'GET', '/attendees')).json as AttendeeListResponse;
    expect(afterJoin.attendees[0]?.openedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    const staleTicket = await t.ticket(meeting.id, first.token);
    const socket = await openRawSocket(t, meeting.id, first.token);
    const others = await openRawSocket(t, meeting.id, meeting.invites.adjuster.token);

    // Sent again: a new link; the old one, its session, its tickets and its socket stop at once.
    const reissuedAt = performance.now();
    const second = (await callAs(t, meeting, 'secretary', 'POST', `/attendees/${zophia.id}/invite`)).json as PersonalInviteResponse;
    expect(second.token).not.toBe(first.token);
    expect(await socket.closed).toEqual(WITHDRAWN);
    expect(performance.now() - reissuedAt).toBeLessThan(1000);
    expect((await httpJson('GET', `${t.server.url}/api/meetings/${meeting.id}`, { headers: { authorization: `Bearer ${first.token}` } })).status).toBe(401);
    expect((await httpJson('GET', `${t.server.url}/api/meetings/${meeting.id}`, { headers: { cookie } })).status).toBe(401);
    expect(await closeOf(`${t.wsBase}/${meeting.id}?ticket=${staleTicket}`)).toEqual(WITHDRAWN);
    expect((await httpJson('GET', `${t.server.url}/join/${first.token}`)).status).toBe(404);
    // The adjusters' role link is another credential: untouched.
    expect(others.socket.readyState).toBe(WebSocket.OPEN);

    // Withdrawn: the new link stops too, and there is nothing left to withdraw.
    const held = await openRawSocket(t, meeting.id, second.token);
    expect((await callAs(t, meeting, 'secretary', 'DELETE', `/attendees/${zophia.id}/invite`)).status).toBe(204);
    expect(await held.closed).toEqual(WITHDRAWN);
    expect((await httpJson('GET', `${t.server.url}/api/meetings/${meeting.id}`, { headers: { authorization: `Bearer ${second.token}` } })).status).toBe(401);
    const again = await callAs(t, meeting, 'secretary', 'DELETE', `/attendees/${zophia.id}/invite`);
    expect([again.status, (again.json as { error: { reason?: string } }).error.reason]).toEqual([404, 'no_such_invitation']);
    others.socket.close();
  });

  it('is issued by the secretary only, for an attendee that exists, and not after the lock', async () => {
    t = await startTestServer();
    const meeting = await t.createMeeting();
    const katarina = (await callAs(t, meeting, 'secretary', 'POST', '/attendees', { name: 'Katarina Ek', role: 'ordforande' })).json as AttendeeView;
    const byChair = await callAs(t, meeting, 'chair', 'POST', `/attendees/${katarina.id}/invite`);
    expect([byChair.status, (byChair.json as { error: { reason?: string } }).error.reason]).toEqual([403, 'secretary_only']);
    expect((await callAs(t, meeting, 'secretary', 'POST', '/attendees/nobody/invite')).status).toBe(404);
    expect(((await callAs(t, meeting, 'secretary', 'POST', `/attendees/${katarina.id}/invite`)).json as PersonalInviteResponse).role).toBe('chair');

    const locked = await t.createMeeting();
    await bringTo(t, locked, 'adjusted');
    const adjuster = ((await callAs(t, locked, 'secretary', 'GET', '/attendees')).json as AttendeeListResponse).attendees.find((a) => a.name === ADJUSTER)!;
    const refused = await callAs(t, locked, 'secretary', 'POST', `/attendees/${adjuster.id}/invite`);
    expect([refused.status, (refused.json as { error: { code: string } }).error.code]).toEqual([409, 'locked']);
  });
});
