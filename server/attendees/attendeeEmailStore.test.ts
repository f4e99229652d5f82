import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type OpenDatabase } from '../db/openDatabase';
import { meetings } from '../db/schema';
import { AttendeeEmailStore } from './attendeeEmailStore';

let dir: string;
let database: OpenDatabase;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'protokoll-emails-'));
  database = openDatabase(path.join(dir, 'protokoll.db'));
  for (const id of ['m1', 'm2', 'm3']) database.db.insert(meetings).values({ id, title: id, kind: 'protocol' }).run();
});
afterEach(() => {
  database.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the attendees of an e-mail address', () => {
  it('are found whatever the case and the spaces around the address, in every meeting', () => {
    const emails = new AttendeeEmailStore(database.db);
    emails.set('m1', 'a1', ' Katarina@Tibro.SE ');
    emails.set('m2', 'a7', 'katarina@tibro.se');
    emails.set('m2', 'a8', 'karin@tibro.se');
    emails.set('m3', 'a1', 'Åsa.Öberg@tibro.se');
    expect(emails.meetingsOf('KATARINA@tibro.se  ')).toEqual(expect.arrayContaining([{ meetingId: 'm1', attendeeId: 'a1' }, { meetingId: 'm2', attendeeId: 'a7' }]));
    expect(emails.meetingsOf('katarina@tibro.se')).toHaveLength(2);
    // SQLite's lower() leaves Å and Ö as they are.
    expect(emails.meetingsOf('åsa.öberg@TIBRO.se')).toEqual([{ meetingId: 'm3', attendeeId: 'a1' }]);
    expect(emails.meetingsOf('katarina@tibro')).toEqual([]);
    expect(emails.meetingsOf('  ')).toEqual([]);
    // LIKE-style wildcards are plain characters.
    expect(emails.meetingsOf('%@tibro.se')).toEqual([]);
  });
});
