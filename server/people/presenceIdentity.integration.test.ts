import * as encoding from 'lib0/encoding';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as awarenessProtocol from 'y-protocols/awareness';
import { MESSAGE_AWARENESS } from '../../shared/collab/messageTypes';
import { callAs } from '../testing/adjustmentFlow';
import { awarenessEntries } from '../testing/awarenessEntries';
import { openRawSocket } from '../testing/rawSocket';
import { startTestServer, type TestServer } from '../testing/testServer';

let t: TestServer | null = null;
afterEach(async () => {
  await t?.stop();
  t = null;
});

const userOf = (provider: { awareness: awarenessProtocol.Awareness }, id: number) => provider.awareness.getStates().get(id)?.user as { name?: string; verified?: boolean } | undefined;

function awarenessFrame(entries: Parameters<typeof awarenessEntries>[0]): Uint8Array {
  const frame = encoding.createEncoder();
  encoding.writeVarUint(frame, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(frame, awarenessEntries(entries));
  return encoding.toUint8Array(frame);
}

describe('presence says who the server knows, not what the client types', () => {
  it('shows a personal invitation\'s holder by the attendee list\'s name, verified, whatever name the tab sends', async () => {
    t = await startTestServer();
    const meeting = await t.createMeeting();
    const added = await callAs(t, meeting, 'secretary', 'POST', '/attendees', { name: 'Katarina Lindberg', organization: 'Skövde', role: 'ordforande' });
    const invite = await callAs(t, meeting, 'secretary', 'POST', `/attendees/${(added.json as { id: string }).id}/invite`);
    const katarina = await t.connect(meeting.id, (invite.json as { token: string }).token);
    katarina.awareness.setLocalStateField('user', { name: 'Kattis', color: '#a14a2f' });
    const secretary = await t.connect(meeting.id, meeting.invites.secretary.token);
    await vi.waitFor(() => expect(userOf(secretary, katarina.doc.clientID)).toEqual({ name: 'Katarina Lindberg', color: '#a14a2f', verified: true }));
  });

  it('marks a role link\'s holder unverified, even one who announces the chair\'s name and verified: true', async () => {
    t = await startTestServer();
    const meeting = await t.createMeeting();
    const secretary = await t.connect(meeting.id, meeting.invites.secretary.token);
    const forger = await openRawSocket(t, meeting.id, meeting.invites.participant.token);
    forger.send(awarenessFrame([{ id: 777, clock: 1, state: { user: { name: 'Katarina Lindberg (ordförande)', verified: true, color: '#000000' } } }]));
    await vi.waitFor(() => expect(userOf(secretary, 777)).toEqual({ name: 'Katarina Lindberg (ordförande)', color: '#000000', verified: false }));
    // A name longer than a caret label is cut, not relayed whole.
    forger.send(awarenessFrame([{ id: 777, clock: 2, state: { user: { name: 'x'.repeat(500) } } }]));
    await vi.waitFor(() => expect(userOf(secretary, 777)?.name).toBe('x'.repeat(60)));
  });
});
