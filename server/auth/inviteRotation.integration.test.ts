import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import type { AuditResponse } from '../../shared/adjustment/types';
import type { RotatedInviteResponse } from '../../shared/api/types';
import { ADJUSTER, callAs, seedApprovers } from '../testing/adjustmentFlow';
import { httpJson } from '../testing/httpJson';
import { closeOf, openRawSocket } from '../testing/rawSocket';
import { startTestServer, type TestServer } from '../testing/testServer';

let t: TestServer | null = null;
afterEach(async () => {
  await t?.stop();
  t = null;
});

describe('a role link the secretary withdraws', () => {
  it('stops working at once, with its sessions, tickets and open sockets; the new link works; other roles carry on', async () => {
    t = await startTestServer();
    const meeting = await t.createMeeting();
    const old = meeting.invites.adjuster.token;
    const joined = await httpJson('GET', `${t.server.url}/join/${old}`);
    const cookie = String(joined.headers['set-cookie']?.[0] ?? '').split(';')[0]!;
    expect(cookie).toContain('=');
    const staleTicket = await t.ticket(meeting.id, old);
    const adjusterSocket = await openRawSocket(t, meeting.id, old);
    const participantSocket = await openRawSocket(t, meeting.id, meeting.invites.participant.token);

    const rotatedAt = performance.now();
    const rotated = await callAs(t, meeting, 'secretary', 'POST', '/invites/adjuster/rotate');
    expect(rotated.status).toBe(200);
    const fresh = rotated.json as RotatedInviteResponse;
    expect(fresh.role).toBe('adjuster');
    expect(fresh.token).not.toBe(old);
    expect(fresh.url).toBe(`${t.server.url}/join/${fresh.token}`);

    const closed = await adjusterSocket.closed;
    expect(performance.now() - rotatedAt).toBeLessThan(1000);
    expect(closed).toEqual({ code: 4401, reason: 'unauthorized: the invitation was withdrawn; ask the secretary for a new link' });
    const withOld = await httpJson('GET', `${t.server.url}/api/meetings/${meeting.id}`, { headers: { authorization: `Bearer ${old}` } });
    expect(withOld.status).toBe(401);
    const withCookie = await httpJson('GET', `${t.server.url}/api/meetings/${meeting.id}`, { headers: { cookie } });
    expect(withCookie.status).toBe(401);
    expect(await closeOf(`${t.wsBase}/${meeting.id}?ticket=${staleTicket}`)).toEqual({ code: 4401, reason: 'unauthorized: the invitation was withdrawn; ask the secretary for a new link' });

    const withNew = await httpJson('GET', `${t.server.url}/api/meetings/${meeting.id}`, { headers: { authorization: `Bearer ${fresh.token}` } });
    expect(withNew.status).toBe(200);
    const reopened = await openRawSocket(t, meeting.id, fresh.token);
    expect(reopened.socket.readyState).toBe(WebSocket.OPEN);
    expect(participantSocket.socket.readyState).toBe(WebSocket.OPEN);
    reopened.socket.close();
    participantSocket.socket.close();

    const audit = (await callAs(t, meeting, 'secretary', 'GET', '/audit')).json as AuditResponse;
    expect(audit.entries.filter((entry) => entry.action === 'invite_rotated').map((entry) => entry.detail)).toEqual([{ role: 'adjuster', closedSockets: 1 }]);
  });

  it('leaves the personal invitations of that role alone: Zophia, justerare, keeps her session and socket when the adjusters\' link is replaced', async () => {
    t = await startTestServer();
    const meeting = await t.createMeeting();
    const { adjuster: zophiaLink } = await seedApprovers(t, meeting);
    const joined = await httpJson('GET', `${t.server.url}/join/${zophiaLink}`);
    const zophiaCookie = String(joined.headers['set-cookie']?.[0] ?? '').split(';')[0]!;
    const zophiaSocket = await openRawSocket(t, meeting.id, zophiaLink);
    const roleLinkSocket = await openRawSocket(t, meeting.id, meeting.invites.adjuster.token);

    expect((await callAs(t, meeting, 'secretary', 'POST', '/invites/adjuster/rotate')).status).toBe(200);
    expect((await roleLinkSocket.closed).code).toBe(4401);
    // The rotation closed what it closes before it answered: a close frame for Zophia would arrive before this pong.
    await new Promise<void>((resolve) => {
      zophiaSocket.socket.once('pong', () => resolve());
      zophiaSocket.socket.once('close', () => resolve());
      zophiaSocket.socket.ping();
    });
    expect(zophiaSocket.socket.readyState).toBe(WebSocket.OPEN);
    const withCookie = await httpJson('GET', `${t.server.url}/api/meetings/${meeting.id}`, { headers: { cookie: zophiaCookie } });
    expect([withCookie.status, (withCookie.json as { person?: { name: string } }).person?.name]).toEqual([200, ADJUSTER]);
    zophiaSocket.socket.close();
  });

  it('is the secretary\'s to withdraw, for a role that exists', async () => {
    t = await startTestServer();
    const meeting = await t.createMeeting();
    const byChair = await callAs(t, meeting, 'chair', 'POST', '/invites/participant/rotate');
    expect([byChair.status, (byChair.json as { error: { reason?: string } }).error.reason]).toEqual([403, 'secretary_only']);
    expect((await callAs(t, meeting, 'secretary', 'POST', '/invites/king/rotate')).status).toBe(400);
    // Nothing changed: the participants' link still works.
    const still = await httpJson('GET', `${t.server.url}/api/meetings/${meeting.id}`, { headers: { authorization: `Bearer ${meeting.invites.participant.token}` } });
    expect(still.status).toBe(200);
  });
});
