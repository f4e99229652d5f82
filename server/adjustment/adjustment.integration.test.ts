import http from 'node:http';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { AdjustResponse, AuditResponse, MeetingEvent, ReviewStatus, VerifyMeetingResponse, VerifyResponse } from '../../shared/adjustment/types';
import type { AttendeeListResponse } from '../../shared/api/attendees';
import type { ApiErrorBody, CreateMeetingResponse } from '../../shared/api/types';
import { CLOSE_LOCKED } from '../../shared/collab/closeCodes';
import { ADJUSTER, bodyStartAnchor, bringTo, callAs, callAsApprover, CHAIR, openDatabaseFile, seedApprovers, stateVectorOf } from '../testing/adjustmentFlow';
import { httpJson } from '../testing/httpJson';
import { startTestServer, waitForDoc, type TestServer } from '../testing/testServer';
import { sha256Hex } from './sha256Hex';

let t: TestServer;
let meeting: CreateMeetingResponse;

beforeEach(async () => {
  t = await startTestServer();
  meeting = await t.createMeeting();
});

afterEach(async () => {
  await t.stop();
});

const errorOf = (json: unknown) => (json as ApiErrorBody).error;

describe('the adjustment workflow', () => {
  it('goes draft → review → adjusted, storing the final bytes once with their SHA-256', async () => {
    await seedApprovers(t, meeting);
    const sent = await callAs(t, meeting, 'secretary', 'POST', '/review', { author: 'Hillevi Larsson' });
    expect(sent.status).toBe(200);
    const review = sent.json as ReviewStatus;
    expect(review.state).toBe('review');
    expect(review.required.map((a) => [a.name, a.role])).toEqual([
      [CHAIR, 'chair'],
      [ADJUSTER, 'adjuster'],
    ]);

    const first = await callAsApprover(t, meeting, 'adjuster', 'POST', '/adjust', { stateVector: stateVectorOf() });
    expect(first.status).toBe(202);
    expect((first.json as { waitingFor: string[] }).waitingFor).toEqual([CHAIR]);

    const last = await callAsApprover(t, meeting, 'chair', 'POST', '/adjust', { stateVector: stateVectorOf() });
    expect(last.status).toBe(200);
    const lock = last.json as AdjustResponse;
    expect(lock.adjustedBy).toBe(`${ADJUSTER}, ${CHAIR}`);

    const db = openDatabaseFile(t);
    const row = db.prepare('select data, sha256 from adjustments where meeting_id = ?').get(meeting.id) as { data: Buffer; sha256: string };
    db.close();
    expect(row.sha256).toBe(lock.sha256);
    expect(sha256Hex(row.data)).toBe(lock.sha256);

    const verify = await callAs(t, meeting, 'viewer', 'GET', '/verify');
    const verified = verify.json as VerifyMeetingResponse;
    expect(verified.state).toBe('adjusted');
    expect(verified.adjustment?.sha256).toBe(lock.sha256);
    expect(verified.adjustment?.approvals.map((a) => a.name)).toEqual([ADJUSTER, CHAIR]);

    const protocol = await callAs(t, meeting, 'viewer', 'GET', '/protocol');
    expect((protocol.json as { meeting: { state: string } }).meeting.state).toBe('adjusted');
  });

  it('answers POST /api/verify for a hash, for the final bytes, and for anything else', async () => {
    const status = await bringTo(t, meeting, 'adjusted');
    const sha = status?.adjustment?.sha256 ?? '';
    const byHash = await httpJson('POST', `${t.server.url}/api/verify`, { body: { sha256: sha.toUpperCase() } });
    expect(byHash.json).toMatchObject({ match: true, matched: 'document', meetingId: meeting.id });
    const byProtocolHash = await httpJson('POST', `${t.server.url}/api/verify`, { body: { sha256: status?.adjustment?.protocolSha256 } });
    expect(byProtocolHash.json).toMatchObject({ match: true, matched: 'protocol' });

    const db = openDatabaseFile(t);
    const { data } = db.prepare('select data from adjustments where meeting_id = ?').get(meeting.id) as { data: Buffer };
    db.close();
    const byFile = await postBytes(`${t.server.url}/api/verify`, data);
    expect(byFile).toMatchObject({ match: true, matched: 'document', sha256: sha });
    const tampered = Buffer.from(data);
    tampered.writeUInt8(tampered.readUInt8(tampered.length - 1) ^ 1, tampered.length - 1);
    expect(await postBytes(`${t.server.url}/api/verify`, tampered)).toMatchObject({ match: false, meetingId: null });

    // An exported file of the adjusted protocol is recognised too, and its export is audited.
    const pdf = await fetch(`${t.server.url}/api/meetings/${meeting.id}/export.pdf`, { headers: { authorization: `Bearer ${meeting.invites.viewer.token}` } });
    expect(pdf.status).toBe(200);
    const pdfBytes = Buffer.from(await pdf.arrayBuffer());
    expect(await postBytes(`${t.server.url}/api/verify`, pdfBytes)).toMatchObject({ match: true, matched: 'export', meetingId: meeting.id });
    const audit = (await callAs(t, meeting, 'secretary', 'GET', '/audit')).json as AuditResponse;
    expect(audit.entries.find((entry) => entry.action === 'exported')).toMatchObject({ role: 'viewer', detail: { format: 'pdf', sha256: sha256Hex(pdfBytes) } });

    const bad = await httpJson('POST', `${t.server.url}/api/verify`, { body: { sha256: 'abc' } });
    expect(bad.status).toBe(400);
    expect(errorOf(bad.json).message).toContain('sha256');
  });

  it('returns a declined review to draft with the reason', async () => {
    await bringTo(t, meeting, 'review');
    const declined = await callAsApprover(t, meeting, 'adjuster', 'POST', '/decline', { reason: '§ 22: fel siffra för Lidköping' });
    expect(declined.status).toBe(200);
    const status = declined.json as ReviewStatus;
    expect(status.state).toBe('draft');
    expect(status.lastDecline).toMatchObject({ name: ADJUSTER, decision: 'declined', reason: '§ 22: fel siffra för Lidköping' });

    // A new round needs every approval again.
    const again = await callAs(t, meeting, 'secretary', 'POST', '/review', { author: 'Hillevi' });
    expect((again.json as ReviewStatus).round).toBe(2);
    expect((again.json as ReviewStatus).required.every((a) => a.approval === null)).toBe(true);
  });

  it('refuses an approval from a client holding changes the server lacks', async () => {
    await bringTo(t, meeting, 'review');
    const offline = new Y.Doc();
    offline.getText('t').insert(0, 'not yet sent');
    const refused = await callAsApprover(t, meeting, 'adjuster', 'POST', '/approve', { stateVector: stateVectorOf(offline) });
    expect(refused.status).toBe(409);
    expect(errorOf(refused.json)).toMatchObject({ code: 'conflict', reason: 'unsynced', message: expect.stringMatching(/has not received/) as unknown });
    const status = (await callAs(t, meeting, 'adjuster', 'GET', '/review')).json as ReviewStatus;
    expect(status.required.every((a) => a.approval === null)).toBe(true);
  });

  it('does not lock while someone with the meeting open holds edits the server has not saved, names them, and locks once they are saved', async () => {
    await bringTo(t, meeting, 'review');
    expect((await callAsApprover(t, meeting, 'adjuster', 'POST', '/approve', { stateVector: stateVectorOf() })).status).toBe(200);
    const participant = await t.connect(meeting.id, meeting.invites.participant.token);
    // What the browser publishes while its copy holds unconfirmed edits (client/collab/createCollabSession.ts).
    participant.awareness.setLocalState({ user: { name: 'Per Deltagare', color: '#2563a8' }, unsaved: 2 });
    await expect.poll(() => t.server.rooms.unsavedPeers(meeting.id)).toEqual(['Per Deltagare']);

    const refused = await callAsApprover(t, meeting, 'chair', 'POST', '/approve', { stateVector: stateVectorOf() });
    expect(refused.status).toBe(409);
    expect(errorOf(refused.json)).toMatchObject({ code: 'conflict', reason: 'peers_unsynced', message: expect.stringContaining('Per Deltagare') as unknown });
    const status = (await callAs(t, meeting, 'chair', 'GET', '/review')).json as ReviewStatus;
    expect(status.state).toBe('review');
    expect(status.required.find((approver) => approver.role === 'chair')?.approval).toBeNull();

    participant.awareness.setLocalStateField('unsaved', 0);
    await expect.poll(() => t.server.rooms.unsavedPeers(meeting.id)).toEqual([]);
    const locked = await callAsApprover(t, meeting, 'chair', 'POST', '/approve', { stateVector: stateVectorOf() });
    expect(locked.status, JSON.stringify(locked.json)).toBe(200);
    expect(((await callAs(t, meeting, 'chair', 'GET', '/review')).json as ReviewStatus).state).toBe('adjusted');
    participant.destroy();
  });

  it('lets only the approver in person approve: not a shared role link, not as someone else, not twice', async () => {
    await bringTo(t, meeting, 'review');
    // The adjuster's role link, as posted in a chat: whoever holds it is nobody the server knows.
    for (const body of [{ name: ADJUSTER, stateVector: stateVectorOf() }, { stateVector: stateVectorOf() }]) {
      const roleLink = await callAs(t, meeting, 'adjuster', 'POST', '/approve', body);
      expect(roleLink.status).toBe(403);
      expect(errorOf(roleLink.json)).toMatchObject({ reason: 'approval_needs_verified_person', message: expect.stringMatching(/personal invitation/) as unknown });
    }
    const roleLinkDecline = await callAs(t, meeting, 'chair', 'POST', '/decline', { name: CHAIR, reason: 'Fel i § 22' });
    expect(errorOf(roleLinkDecline.json)).toMatchObject({ reason: 'approval_needs_verified_person' });
    // Zophia in person cannot approve as Katarina.
    const asChair = await callAsApprover(t, meeting, 'adjuster', 'POST', '/approve', { name: CHAIR, stateVector: stateVectorOf() });
    expect(asChair.status).toBe(403);
    expect(errorOf(asChair.json)).toMatchObject({ reason: 'not_you', message: expect.stringContaining(ADJUSTER) as unknown });
    // A ledamot's personal invitation names a person, but not one who must approve.
    const added = await callAs(t, meeting, 'secretary', 'POST', '/attendees', { name: 'Ove Brodin', organization: 'Tibro', role: 'ledamot' });
    const ove = await callAs(t, meeting, 'secretary', 'POST', `/attendees/${(added.json as { id: string }).id}/invite`);
    const stranger = await httpJson('POST', `${t.server.url}/api/meetings/${meeting.id}/approve`, {
      headers: { authorization: `Bearer ${(ove.json as { token: string }).token}` },
      body: { stateVector: stateVectorOf() },
    });
    expect(stranger.status).toBe(403);
    expect(errorOf(stranger.json)).toMatchObject({ reason: 'not_required_approver', message: expect.stringContaining(ADJUSTER) as unknown });
    const forged = await callAsApprover(t, meeting, 'adjuster', 'POST', '/approve', { stateVector: '%%%' });
    expect(forged.status).toBe(400);
    // None of that left a decision behind.
    expect(((await callAs(t, meeting, 'viewer', 'GET', '/review')).json as ReviewStatus).required.every((a) => a.approval === null)).toBe(true);

    const approved = await callAsApprover(t, meeting, 'adjuster', 'POST', '/approve', { name: ADJUSTER, stateVector: stateVectorOf() });
    expect(approved.status).toBe(200);
    const twice = await callAsApprover(t, meeting, 'adjuster', 'POST', '/approve', { stateVector: stateVectorOf() });
    expect(twice.status).toBe(409);
  });

  it('records who approved and how the server knew them, and prints it in the lock and the exports', async () => {
    await bringTo(t, meeting, 'review');
    // The list is a shared document: a rename after the review was sent does not change who signs.
    const [zophia] = ((await callAs(t, meeting, 'secretary', 'GET', '/attendees')).json as AttendeeListResponse).attendees.filter((a) => a.name === ADJUSTER);
    await callAs(t, meeting, 'secretary', 'PATCH', `/attendees/${zophia?.id ?? ''}`, { name: 'Någon Annan' });
    await callAsApprover(t, meeting, 'adjuster', 'POST', '/approve', { stateVector: stateVectorOf() });
    const locked = await callAsApprover(t, meeting, 'chair', 'POST', '/adjust', { stateVector: stateVectorOf() });
    expect(locked.status).toBe(200);
    const verified = (await callAs(t, meeting, 'viewer', 'GET', '/verify')).json as VerifyMeetingResponse;
    expect(verified.adjustment?.approvals).toMatchObject([
      { name: ADJUSTER, organization: 'Tibro', role: 'adjuster', verification: { method: 'personal-link', attendeeId: zophia?.id, email: 'zophia@tibro.se', issuer: null, subject: null } },
      { name: CHAIR, organization: 'Skövde', role: 'chair', verification: { method: 'personal-link', email: 'katarina@skovde.se' } },
    ]);
    const markdown = await fetch(`${t.server.url}/api/meetings/${meeting.id}/export.md`, { headers: { authorization: `Bearer ${meeting.invites.viewer.token}` } });
    const text = await markdown.text();
    expect(text).toMatch(/Justerat digitalt .* av Zophia Zander Norell, Tibro \(verifierad med personlig inbjudan till zophia@tibro\.se\)/);
    expect(text).toMatch(/Justerat digitalt .* av Katarina Lindberg, Skövde \(verifierad med personlig inbjudan till katarina@skovde\.se\)/);
    const audit = (await callAs(t, meeting, 'secretary', 'GET', '/audit')).json as AuditResponse;
    expect(audit.entries.filter((entry) => entry.action === 'approved').map((entry) => entry.detail)).toMatchObject([
      { method: 'personal-link', attendeeId: zophia?.id, email: 'zophia@tibro.se' },
      { method: 'personal-link', email: 'katarina@skovde.se' },
    ]);
  });

  it('takes a remark\'s author from the personal invitation, and marks a role link\'s name as unverified', async () => {
    await bringTo(t, meeting, 'review');
    const anchor = bodyStartAnchor();
    const inPerson = await callAsApprover(t, meeting, 'adjuster', 'POST', '/remarks', { text: 'Stämmer siffran?', anchor });
    expect(inPerson.status).toBe(201);
    expect(inPerson.json).toMatchObject({ author: ADJUSTER, verified: true });
    const posing = await callAsApprover(t, meeting, 'adjuster', 'POST', '/remarks', { author: CHAIR, text: 'Jag är ordföranden', anchor });
    expect(posing.status).toBe(403);
    expect(errorOf(posing.json)).toMatchObject({ reason: 'not_you' });
    // The chair's shared role link, as posted in a chat: whoever holds it may remark in review, under the name they give.
    const roleLink = await callAs(t, meeting, 'chair', 'POST', '/remarks', { author: 'Ove', text: 'Och § 19?', anchor });
    expect(roleLink.json).toMatchObject({ author: 'Ove', verified: false });
    const nameless = await callAs(t, meeting, 'chair', 'POST', '/remarks', { text: 'Anonym', anchor });
    expect(nameless.status).toBe(400);
    expect(errorOf(nameless.json)).toMatchObject({ reason: 'author_needed' });
  });

  it('sends nothing for review without a justerare, and never notes', async () => {
    const none = await callAs(t, meeting, 'secretary', 'POST', '/review', {});
    expect(none.status).toBe(409);
    expect(errorOf(none.json)).toMatchObject({ reason: 'no_adjuster', message: expect.stringMatching(/justerare/) as unknown });
    const notes = await httpJson('POST', `${t.server.url}/api/meetings`, { body: { title: 'Nätverksträff', kind: 'notes' } });
    const notesMeeting = notes.json as CreateMeetingResponse;
    const refused = await callAs(t, notesMeeting, 'secretary', 'POST', '/review', {});
    expect(refused.status).toBe(409);
    expect(errorOf(refused.json)).toMatchObject({ reason: 'notes_not_adjusted', message: expect.stringMatching(/Notes/) as unknown });
  });

  it('keeps corrections append-only under the locked text, and audits every step', async () => {
    const participant = await t.connect(meeting.id, meeting.invites.participant.token);
    participant.destroy();
    await bringTo(t, meeting, 'adjusted');
    const added = await callAs(t, meeting, 'secretary', 'POST', '/corrections', { author: 'Hillevi Larsson', what: '§ 22: "Lidkoping" ska vara "Lidköping"', why: 'Stavfel' });
    expect(added.status).toBe(201);
    const status = (await callAs(t, meeting, 'viewer', 'GET', '/review')).json as ReviewStatus;
    expect(status.corrections).toMatchObject([{ author: 'Hillevi Larsson', why: 'Stavfel' }]);

    const writable = new Database(path.join(t.dataDir, 'protokoll.db'));
    expect(() => writable.prepare('update corrections set why = ?').run('x')).toThrow(/append-only/);
    expect(() => writable.prepare('delete from corrections').run()).toThrow(/append-only/);
    writable.close();

    const audit = await callAs(t, meeting, 'secretary', 'GET', '/audit');
    const actions = (audit.json as AuditResponse).entries.map((entry) => entry.action);
    expect(actions).toEqual(expect.arrayContaining(['joined', 'sent_for_review', 'approved', 'adjusted', 'corrected']));
    expect(actions.indexOf('sent_for_review')).toBeLessThan(actions.indexOf('adjusted'));
    expect((await callAs(t, meeting, 'participant', 'GET', '/audit')).status).toBe(403);
  });

  it('tells open event streams of the lock at once, and closes a writer that types after it with 4409 locked', async () => {
    await bringTo(t, meeting, 'review');
    const secretary = await t.connect(meeting.id, meeting.invites.secretary.token);
    const events = openEventStream(`${t.server.url}/api/meetings/${meeting.id}/events`, meeting.invites.viewer.token);
    await events.ready;
    await callAsApprover(t, meeting, 'adjuster', 'POST', '/approve', { stateVector: stateVectorOf() });
    await callAsApprover(t, meeting, 'chair', 'POST', '/approve', { stateVector: stateVectorOf(secretary.doc) });
    await expect(events.next((event) => event.state === 'adjusted')).resolves.toMatchObject({ topic: 'review', state: 'adjusted' });
    events.close();

    const closed = new Promise<{ code: number; reason: string }>((resolve) => {
      secretary.ws?.addEventListener('close', (event) => resolve({ code: event.code, reason: event.reason }));
    });
    secretary.doc.getText('t').insert(0, 'efter justeringen');
    await expect(closed).resolves.toEqual({ code: CLOSE_LOCKED.code, reason: CLOSE_LOCKED.reason });
    secretary.destroy();

    // A fresh reader still gets the locked text, without what was typed after the lock.
    const reader = await t.connect(meeting.id, meeting.invites.viewer.token);
    await waitForDoc(reader.doc, () => true);
    expect(reader.doc.getText('t').toJSON()).toBe('');
  });
});

function postBytes(url: string, bytes: Buffer): Promise<VerifyResponse> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: 'POST', agent: false, headers: { 'content-type': 'application/octet-stream' } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as VerifyResponse));
    });
    request.on('error', reject);
    request.end(bytes);
  });
}

/** Reads a meeting's server-sent events as a browser's EventSource would. */
function openEventStream(url: string, token: string) {
  const received: MeetingEvent[] = [];
  const waiters: { match: (event: MeetingEvent) => boolean; resolve: (event: MeetingEvent) => void }[] = [];
  let request: http.ClientRequest;
  const ready = new Promise<void>((resolve, reject) => {
    request = http.get(url, { agent: false, headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' } }, (response) => {
      let buffer = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const name = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (name === 'ready') resolve();
          if (name !== 'change' || !data) continue;
          const event = JSON.parse(data) as MeetingEvent;
          received.push(event);
          for (const waiter of [...waiters]) if (waiter.match(event)) waiter.resolve(event);
        }
      });
    });
    request.on('error', reject);
  });
  return {
    ready,
    next: (match: (event: MeetingEvent) => boolean) =>
      new Promise<MeetingEvent>((resolve) => {
        const seen = received.find(match);
        if (seen) resolve(seen);
        else waiters.push({ match, resolve });
      }),
    close: () => request.destroy(),
  };
}
