import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { HistoryComparison, HistoryResponse, RestoreResponse } from '../../shared/api/history';
import type { CreateMeetingResponse } from '../../shared/api/types';
import { BODY_FRAGMENT } from '../../shared/collab/constants';
import type { StructuredProtocol } from '../../shared/protocol/types';
import { ROLES } from '../../shared/roles';
import { agendaItemElement } from '../testing/agendaItemElement';
import { bringTo, callAs } from '../testing/adjustmentFlow';
import { httpJson } from '../testing/httpJson';
import { startTestServer, waitForDoc, type TestServer } from '../testing/testServer';
import { sameState } from '../testing/writeThroughClient';

let t: TestServer;

beforeAll(async () => {
  // A checkpoint after every second update, so one falls between typing the § and deleting one.
  t = await startTestServer({ HISTORY_CHECKPOINT_EVERY: '2' });
});

afterAll(async () => {
  await t.stop();
});

const bodyOf = (doc: Y.Doc) => doc.getXmlFragment(BODY_FRAGMENT);
/** A deletion leaves the state vector as it was, so the bodies are compared. */
const sameBody = (a: Y.Doc, b: Y.Doc) => bodyOf(a).toJSON() === bodyOf(b).toJSON();
const titles = (protocol: StructuredProtocol) => protocol.items.map((item) => `${item.number} ${item.title}`);

async function history(meeting: CreateMeetingResponse) {
  const response = await callAs(t, meeting, 'secretary', 'GET', '/history');
  expect(response.status, JSON.stringify(response.json)).toBe(200);
  return response.json as HistoryResponse;
}

async function protocolAt(meeting: CreateMeetingResponse, checkpointId: number) {
  const response = await callAs(t, meeting, 'secretary', 'GET', `/history/${checkpointId}/protocol`);
  expect(response.status, JSON.stringify(response.json)).toBe(200);
  return response.json as StructuredProtocol;
}

/** A participant types two new § (8 and 9) through a stock client, then deletes § 8; a viewer's client watches. */
async function typeTwoAndDeleteOne(meeting: CreateMeetingResponse): Promise<{ typist: WebsocketProvider; watcher: WebsocketProvider }> {
  const typist = await t.connect(meeting.id, meeting.invites.participant.token);
  const watcher = await t.connect(meeting.id, meeting.invites.viewer.token);
  const body = bodyOf(typist.doc);
  body.insert(body.length, [agendaItemElement('Budget 2027', 'Nämnden föreslås fastställa budgeten.')]);
  body.insert(body.length, [agendaItemElement('Lokalfrågor', 'Skolan i Tibro byggs om.')]);
  await waitForDoc(watcher.doc, (doc) => sameBody(doc, typist.doc));
  body.delete(body.length - 2, 1);
  await waitForDoc(watcher.doc, (doc) => sameBody(doc, typist.doc));
  return { typist, watcher };
}

/** What must not move when a request is refused: the stored log and the live document. */
function untouched(meeting: CreateMeetingResponse) {
  const rows = t.server.documents.countUpdates(meeting.id);
  const state = t.server.rooms.withRoom(meeting.id, (room) => Buffer.from(Y.encodeStateAsUpdate(room.doc)));
  return () => {
    expect(t.server.documents.countUpdates(meeting.id)).toBe(rows);
    expect(t.server.rooms.withRoom(meeting.id, (room) => Buffer.from(Y.encodeStateAsUpdate(room.doc))).equals(state)).toBe(true);
  };
}

describe('a § deleted by mistake', () => {
  it('is found in the history, read at a checkpoint and restored before the lock, and everyone connected gets it back', async () => {
    const meeting = await t.createMeeting();
    const { typist, watcher } = await typeTwoAndDeleteOne(meeting);
    expect(bodyOf(watcher.doc).toJSON()).not.toContain('Budget 2027');

    const before = await history(meeting);
    expect(before.checkpoints.map((checkpoint) => checkpoint.label)).toEqual(['firstEdit', 'periodic']);
    expect(before.checkpoints[0]!.by).toEqual({ name: null, role: 'participant' });
    // Typed and deleted within the minute by one person: one edit, naming both § it touched.
    expect(before.edits).toEqual([expect.objectContaining({ by: { name: null, role: 'participant' }, items: [8, 9] })]);
    expect(before.problems).toEqual([]);

    const [firstEdit, afterTyping] = before.checkpoints;
    expect(titles(await protocolAt(meeting, firstEdit!.id))).not.toContain('8 Budget 2027');
    const then = await protocolAt(meeting, afterTyping!.id);
    expect(titles(then).slice(-2)).toEqual(['8 Budget 2027', '9 Lokalfrågor']);
    expect(then.items.at(-2)?.text).toBe('Nämnden föreslås fastställa budgeten.');

    const restored = await callAs(t, meeting, 'secretary', 'POST', '/restore', { checkpointId: afterTyping!.id, itemNumber: 8 });
    expect(restored.status, JSON.stringify(restored.json)).toBe(200);
    expect(restored.json).toEqual({ restored: true, updateId: expect.any(Number) as unknown });

    // A forward change: relayed to the connected clients like any edit, in its place before § 9.
    await waitForDoc(watcher.doc, (doc) => bodyOf(doc).toJSON().includes('Budget 2027'));
    await waitForDoc(typist.doc, (doc) => sameState(doc, watcher.doc) && sameBody(doc, watcher.doc));
    const now = await callAs(t, meeting, 'viewer', 'GET', '/protocol');
    expect(titles(now.json as StructuredProtocol).slice(-2)).toEqual(['8 Budget 2027', '9 Lokalfrågor']);

    const after = await history(meeting);
    expect(after.edits.at(-1)).toMatchObject({ by: { name: null, role: 'secretary' }, items: [8], upToUpdateId: (restored.json as RestoreResponse).updateId });
    // The restore is an edit, not a checkpoint of its own (the periodic ones go on counting it).
    const named = (list: HistoryResponse['checkpoints']) => list.filter((checkpoint) => checkpoint.label !== 'periodic');
    expect(named(after.checkpoints)).toEqual(named(before.checkpoints));
  });

  it('restores the whole body to a checkpoint as one edit, and a restore to where it already stands stores nothing', async () => {
    const meeting = await t.createMeeting();
    const { watcher } = await typeTwoAndDeleteOne(meeting);
    const [firstEdit] = (await history(meeting)).checkpoints;

    const restored = await callAs(t, meeting, 'secretary', 'POST', '/restore', { checkpointId: firstEdit!.id });
    expect(restored.status, JSON.stringify(restored.json)).toBe(200);
    await waitForDoc(watcher.doc, (doc) => !bodyOf(doc).toJSON().includes('Lokalfrågor'));
    const now = (await callAs(t, meeting, 'secretary', 'GET', '/protocol')).json as StructuredProtocol;
    expect(titles(now)).toEqual(titles(await protocolAt(meeting, firstEdit!.id)));

    const rows = t.server.documents.countUpdates(meeting.id);
    const again = await callAs(t, meeting, 'secretary', 'POST', '/restore', { checkpointId: firstEdit!.id });
    expect(again.json).toEqual({ restored: true, updateId: null });
    expect(t.server.documents.countUpdates(meeting.id)).toBe(rows);
  });
});

describe('a comparison of two points', () => {
  it('holds what was deleted between them, shows it at the earlier point and not at the later, and names who did it', async () => {
    const meeting = await t.createMeeting();
    await typeTwoAndDeleteOne(meeting);
    const [firstEdit] = (await history(meeting)).checkpoints;
    const response = await callAs(t, meeting, 'adjuster', 'GET', `/history/compare?from=${firstEdit!.upToUpdateId}`);
    expect(response.status, JSON.stringify(response.json)).toBe(200);
    const comparison = response.json as HistoryComparison;
    const doc = new Y.Doc({ gc: false });
    Y.applyUpdate(doc, Buffer.from(comparison.update, 'base64'));
    const at = (snapshot: string) => bodyOf(Y.createDocFromSnapshot(doc, Y.decodeSnapshot(Buffer.from(snapshot, 'base64')))).toJSON();
    // The deleted § is in the document sent, though neither the start nor the end shows it.
    expect(bodyOf(doc).toJSON()).not.toContain('Budget 2027');
    expect(at(comparison.fromSnapshot)).not.toContain('Lokalfrågor');
    expect(at(comparison.toSnapshot)).toContain('Lokalfrågor');
    expect(at(comparison.toSnapshot)).not.toContain('Budget 2027');
    // Typed and deleted by the participant: every insertion and the deletion are theirs.
    expect(comparison.authors.map((author) => author.by)).toEqual([{ name: null, role: 'participant' }]);
    const [participant] = comparison.authors;
    const deleted = Y.decodeSnapshot(Buffer.from(participant!.deleted, 'base64')).ds;
    expect(deleted.clients.size).toBeGreaterThan(0);
    expect(participant!.clients.length).toBeGreaterThan(0);
  });

  it('is refused for points that are not in the history, or in the wrong order, and to participants', async () => {
    const meeting = await t.createMeeting();
    await typeTwoAndDeleteOne(meeting);
    for (const query of ['', '?from=x', '?from=5&to=2', '?from=0&to=999999']) {
      const response = await callAs(t, meeting, 'secretary', 'GET', `/history/compare${query}`);
      expect(response.status, query).toBe(400);
    }
    expect((await callAs(t, meeting, 'participant', 'GET', '/history/compare?from=0')).status).toBe(403);
  });
});

describe('history requests that are refused change nothing', () => {
  it('answers 404 for a checkpoint of another meeting, or a § the checkpoint does not have', async () => {
    const mine = await t.createMeeting();
    const other = await t.createMeeting();
    await typeTwoAndDeleteOne(mine);
    await typeTwoAndDeleteOne(other);
    const [foreign] = (await history(other)).checkpoints;
    const [own] = (await history(mine)).checkpoints;
    const unchanged = untouched(mine);

    expect((await callAs(t, mine, 'secretary', 'GET', `/history/${foreign!.id}/protocol`)).status).toBe(404);
    expect((await callAs(t, mine, 'secretary', 'GET', '/history/not-a-number/protocol')).status).toBe(404);
    const restore = await callAs(t, mine, 'secretary', 'POST', '/restore', { checkpointId: foreign!.id });
    expect(restore.status).toBe(404);
    expect(restore.json).toMatchObject({ error: { code: 'not_found' } });
    expect((await callAs(t, mine, 'secretary', 'POST', '/restore', { checkpointId: own!.id, itemNumber: 99 })).status).toBe(404);
    unchanged();
  });

  it('answers 400 for a malformed restore', async () => {
    const meeting = await t.createMeeting();
    await typeTwoAndDeleteOne(meeting);
    const unchanged = untouched(meeting);
    for (const body of [{}, { checkpointId: 'first' }, { checkpointId: 1, itemNumber: -1 }, { checkpointId: 1, everything: true }, [1]]) {
      const response = await callAs(t, meeting, 'secretary', 'POST', '/restore', body);
      expect(response.status, JSON.stringify(body)).toBe(400);
    }
    const notJson = await httpJson('POST', `${t.server.url}/api/meetings/${meeting.id}/restore`, {
      headers: { authorization: `Bearer ${meeting.invites.secretary.token}`, 'content-type': 'application/json' },
    });
    expect(notJson.status).toBe(400);
    unchanged();
  });

  it('refuses a restore in review (409 state) and after the lock (409 locked); the history stays readable', async () => {
    for (const state of ['review', 'adjusted'] as const) {
      const meeting = await t.createMeeting();
      await typeTwoAndDeleteOne(meeting);
      await bringTo(t, meeting, state);
      const { checkpoints } = await history(meeting);
      expect(checkpoints.map((checkpoint) => checkpoint.label)).toEqual(state === 'review' ? expect.arrayContaining(['firstEdit', 'review']) : expect.arrayContaining(['firstEdit', 'review', 'adjusted']));
      const unchanged = untouched(meeting);
      const response = await callAs(t, meeting, 'secretary', 'POST', '/restore', { checkpointId: checkpoints[0]!.id });
      expect(response.status).toBe(409);
      expect(response.json).toMatchObject({ error: { reason: state === 'review' ? 'state' : 'locked' } });
      unchanged();
    }
  });

  it('gives the history to the secretary, chair and adjusters only, and lets only the secretary restore', async () => {
    const meeting = await t.createMeeting();
    await typeTwoAndDeleteOne(meeting);
    const [checkpoint] = (await history(meeting)).checkpoints;
    const unchanged = untouched(meeting);
    for (const role of ROLES) {
      const readers = role === 'secretary' || role === 'chair' || role === 'adjuster';
      const list = await callAs(t, meeting, role, 'GET', '/history');
      expect(list.status, role).toBe(readers ? 200 : 403);
      const at = await callAs(t, meeting, role, 'GET', `/history/${checkpoint!.id}/protocol`);
      expect(at.status, role).toBe(readers ? 200 : 403);
      if (!readers) expect(list.json).toMatchObject({ error: { code: 'forbidden', reason: 'role' } });
      if (role === 'secretary') continue;
      const restore = await callAs(t, meeting, role, 'POST', '/restore', { checkpointId: checkpoint!.id });
      expect(restore.status, role).toBe(403);
      expect(restore.json).toMatchObject({ error: { reason: 'role' } });
    }
    unchanged();
  });
});
