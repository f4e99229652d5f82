import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { CreateMeetingResponse } from '../../shared/api/types';
import { extractProtocol } from '../../shared/protocol/extractProtocol';
import { buildMeetingDoc } from '../../shared/protocol/buildMeetingDoc';
import { fixtureProtocol } from '../../shared/protocol/testing/fixtureProtocol';
import { httpJson } from '../testing/httpJson';
import { startTestServer, type TestServer } from '../testing/testServer';
import { roomsUnloaded, writeThroughClient } from '../testing/writeThroughClient';

let t: TestServer;
let db: Database.Database;
let meeting: CreateMeetingResponse;

beforeEach(async () => {
  t = await startTestServer();
  db = new Database(path.join(t.dataDir, 'protokoll.db'));
  const res = await httpJson('POST', `${t.server.url}/api/meetings`, { body: { title: 'Skolchefer', kind: 'protocol', body: 'Skol- och utbildningschefer' } });
  meeting = res.json as CreateMeetingResponse;
});

afterEach(async () => {
  db.close();
  await t.stop();
});

/** What a snapshot writes, per table, for the meeting. */
function stored(): Record<string, number> {
  const count = (table: string) => (db.prepare(`select count(*) as n from ${table} where meeting_id = ?`).get(meeting.id) as { n: number }).n;
  return Object.fromEntries(['snapshots', 'updates', 'agenda_items', 'decisions', 'action_items', 'attendees'].map((table) => [table, count(table)]));
}

describe('snapshots with protocol rows', () => {
  it('seeds the template as the first snapshot with its rows', () => {
    expect(stored()).toEqual({ snapshots: 1, updates: 0, agenda_items: 7, decisions: 3, action_items: 0, attendees: 0 });
  });

  it('writes the rows in the snapshot’s transaction: a failing row write leaves snapshot and log as they were', async () => {
    await writeThroughClient(t, meeting.id, meeting.invites.secretary.token, (doc) => buildMeetingDoc(fixtureProtocol(), doc));
    const room = t.server.rooms.peek(meeting.id);
    if (!room) throw new Error('room not open');
    const before = stored();
    expect(before).toMatchObject({ snapshots: 1, agenda_items: 7 });
    expect(before.updates).toBeGreaterThan(0);

    db.exec(`create trigger fail_rows before insert on agenda_items begin select raise(abort, 'forced row failure'); end`);
    expect(() => room.compact()).toThrow(/forced row failure/);
    expect(stored()).toEqual(before);
    // Nothing is lost: the log still holds the edit.
    const reloaded = t.server.documents.loadDoc(meeting.id);
    expect(Y.encodeStateAsUpdate(reloaded)).toEqual(Y.encodeStateAsUpdate(room.doc));

    db.exec('drop trigger fail_rows');
    room.compact();
    // The log is kept as history: the new snapshot covers it, the rows stay.
    expect(stored()).toEqual({ snapshots: 2, updates: before.updates, agenda_items: 15, decisions: 2, action_items: 3, attendees: 23 });
    const row = db.prepare('select starts_at, place, first_paragraph from meetings where id = ?').get(meeting.id);
    expect(row).toEqual({ starts_at: '2022-02-11', place: 'digitalt via Teams', first_paragraph: 18 });
  });

  it('writes rows equal to the extraction when the last socket leaves', async () => {
    const { writer, observer } = await writeThroughClient(t, meeting.id, meeting.invites.secretary.token, (doc) => buildMeetingDoc(fixtureProtocol(), doc));
    const expected = extractProtocol(writer.doc, { id: meeting.id, title: 'Skolchefer', kind: 'protocol', body: null, startsAt: null, place: null, state: 'draft', firstParagraph: 1 });
    writer.destroy();
    observer.destroy();
    await roomsUnloaded(t);

    const items = db.prepare('select id, number, title, presenter, text from agenda_items where meeting_id = ? order by number').all(meeting.id) as { id: number; number: number; title: string; presenter: string; text: string }[];
    expect(items.map(({ id: _id, ...item }) => item)).toEqual(expected.items.map(({ number, title, presenter, text }) => ({ number, title, presenter, text })));
    const decisions = db.prepare('select a.number as item, d.number, d.lead_in as leadIn, d.clauses, d.text from decisions d join agenda_items a on a.id = d.agenda_item_id where d.meeting_id = ? order by a.number, d.number').all(meeting.id) as { clauses: string }[];
    expect(decisions.map((d) => ({ ...d, clauses: JSON.parse(d.clauses) as unknown }))).toEqual(
      expected.items.flatMap((item) => item.decisions.map((d) => ({ item: item.number, ...d }))),
    );
    const actions = db.prepare('select a.number as item, x.assignee, x.task, x.due, x.status from action_items x join agenda_items a on a.id = x.agenda_item_id where x.meeting_id = ? order by a.number, x.position').all(meeting.id);
    expect(actions).toEqual(expected.items.flatMap((item) => item.actionItems.map((a) => ({ item: item.number, ...a }))));
    const attendees = db.prepare('select name, organization, role, presence from attendees where meeting_id = ? order by position').all(meeting.id);
    expect(attendees).toEqual(expected.attendees);
  });
});
