import { afterEach, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import type { AttendeeListResponse, AttendeeView } from '../../shared/api/attendees';
import type { AuditResponse } from '../../shared/adjustment/types';
import { readAttendees } from '../../shared/protocol/yDocMeta';
import { ADJUSTER, bringTo, callAs } from '../testing/adjustmentFlow';
import { startTestServer, waitForDoc, type TestServer } from '../testing/testServer';

let t: TestServer | null = null;
afterEach(async () => {
  await t?.stop();
  t = null;
});

const names = (doc: Y.Doc) => readAttendees(doc).map((attendee) => attendee.name);

describe('the attendee API', () => {
  it('lets the secretary add, change and remove attendees, live in everyone\'s document and stored before it is relayed', async () => {
    t = await startTestServer();
    const meeting = await t.createMeeting();
    const reader = await t.connect(meeting.id, meeting.invites.viewer.token);

    const added = await callAs(t, meeting, 'secretary', 'POST', '/attendees', { name: 'Zophia Zander Norell', organization: 'Tibro', role: 'justerare', email: 'Zophia@Tibro.se' });
    expect(added.status).toBe(201);
    const zophia = added.json as AttendeeView;
    expect(zophia.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(zophia).toEqual({ id: zophia.id, name: 'Zophia Zander Norell', organization: 'Tibro', role: 'justerare', presence: 'present', email: 'zophia@tibro.se', invitedAt: null, openedAt: null });
    await waitForDoc(reader.doc, (doc) => names(doc).includes('Zophia Zander Norell'));
    // The address stays with the server: nobody in the meeting reads it from the document.
    expect(JSON.stringify(reader.doc.getArray('attendees').toJSON())).not.toContain('tibro.se');

    const changed = await callAs(t, meeting, 'secretary', 'PATCH', `/attendees/${zophia.id}`, { presence: 'absent', email: null });
    expect(changed.status).toBe(200);
    expect(changed.json).toEqual({ ...zophia, presence: 'absent', email: null });
    await waitForDoc(reader.doc, (doc) => readAttendees(doc)[0]?.presence === 'absent');
    expect(readAttendees(reader.doc)[0]).toEqual({ id: zophia.id, name: 'Zophia Zander Norell', organization: 'Tibro', role: 'justerare', presence: 'absent' });

    const katarina = (await callAs(t, meeting, 'secretary', 'POST', '/attendees', { name: 'Katarina Ek', role: 'ordforande' })).json as AttendeeView;
    expect((await callAs(t, meeting, 'secretary', 'DELETE', `/attendees/${zophia.id}`)).status).toBe(204);
    await waitForDoc(reader.doc, (doc) => names(doc).join() === 'Katarina Ek');

    // A restart loads what the API wrote: it was stored, not only relayed.
    reader.destroy();
    await t.restart();
    const listed = await callAs(t, meeting, 'secretary', 'GET', '/attendees');
    expect((listed.json as AttendeeListResponse).attendees).toEqual([{ ...katarina, email: null }]);
    const audit = (await callAs(t, meeting, 'secretary', 'GET', '/audit')).json as AuditResponse;
    expect(audit.entries.filter((entry) => entry.action === 'attendees_changed').map((entry) => [entry.detail.change, entry.detail.name])).toEqual([
      ['added', 'Zophia Zander Norell'],
      ['updated', 'Zophia Zander Norell'],
      ['added', 'Katarina Ek'],
      ['removed', 'Zophia Zander Norell'],
    ]);
  });

  it('refuses everyone but the secretary, bad bodies and unknown attendees, and changes nothing', async () => {
    t = await startTestServer();
    const meeting = await t.createMeeting();
    const first = (await callAs(t, meeting, 'secretary', 'POST', '/attendees', { name: 'Hillevi Larsson' })).json as AttendeeView;
    for (const role of ['chair', 'adjuster', 'participant', 'viewer'] as const) {
      const refused = await callAs(t, meeting, role, 'POST', '/attendees', { name: 'Mallory' });
      expect([refused.status, (refused.json as { error: { reason?: string } }).error.reason]).toEqual([403, 'secretary_only']);
      expect((await callAs(t, meeting, role, 'GET', '/attendees')).status).toBe(403);
    }
    const bad = [
      [{}, 'name'],
      [{ name: '  ' }, 'name'],
      [{ name: 'A', role: 'kung' }, 'role'],
      [{ name: 'A', email: 'not-an-address' }, 'email'],
      [{ name: 'A', extra: 1 }, 'extra'],
    ] as const;
    for (const [body, field] of bad) {
      const refused = await callAs(t, meeting, 'secretary', 'POST', '/attendees', body);
      expect(refused.status).toBe(400);
      expect((refused.json as { error: { message: string } }).error.message).toContain(field);
    }
    expect((await callAs(t, meeting, 'secretary', 'PATCH', `/attendees/${first.id}`, {})).status).toBe(400);
    const unknown = await callAs(t, meeting, 'secretary', 'PATCH', '/attendees/no-such-id', { name: 'B' });
    expect([unknown.status, (unknown.json as { error: { reason?: string } }).error.reason]).toEqual([404, 'no_such_attendee']);
    expect((await callAs(t, meeting, 'secretary', 'DELETE', '/attendees/no-such-id')).status).toBe(404);
    const listed = (await callAs(t, meeting, 'secretary', 'GET', '/attendees')).json as AttendeeListResponse;
    expect(listed.attendees).toEqual([{ ...first }]);
  });

  it('is refused with 409 locked once the protocol is adjusted, and the adjusted attendee list stays as it was', async () => {
    t = await startTestServer();
    const meeting = await t.createMeeting();
    await bringTo(t, meeting, 'adjusted');
    const before = (await callAs(t, meeting, 'secretary', 'GET', '/attendees')).json as AttendeeListResponse;
    const adjuster = before.attendees.find((attendee) => attendee.name === ADJUSTER)!;
    for (const [method, route, body] of [
      ['POST', '/attendees', { name: 'Sent efteråt' }],
      ['PATCH', `/attendees/${adjuster.id}`, { presence: 'absent' }],
      ['DELETE', `/attendees/${adjuster.id}`, undefined],
    ] as const) {
      const refused = await callAs(t, meeting, 'secretary', method, route, body);
      expect([refused.status, (refused.json as { error: { code: string } }).error.code]).toEqual([409, 'locked']);
    }
    expect((await callAs(t, meeting, 'secretary', 'GET', '/attendees')).json).toEqual(before);
  });
});
