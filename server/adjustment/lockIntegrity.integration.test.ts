import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReviewStatus, VerifyMeetingResponse } from '../../shared/adjustment/types';
import type { ApiErrorBody, CreateMeetingResponse } from '../../shared/api/types';
import { bringTo, callAs, openDatabaseFile } from '../testing/adjustmentFlow';
import { httpJson } from '../testing/httpJson';
import { startTestServer, type TestServer } from '../testing/testServer';

let t: TestServer;
let meeting: CreateMeetingResponse;
let stderr: string[];

beforeEach(async () => {
  // Error lines on, as in production, so the integrity log can be read from stderr.
  t = await startTestServer({ LOG_LEVEL: 'error' });
  meeting = await t.createMeeting();
  await bringTo(t, meeting, 'adjusted');
  stderr = [];
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  });
});

afterEach(async () => {
  vi.restoreAllMocks();
  await t.stop();
});

const errorOf = (json: unknown) => (json as ApiErrorBody).error;

/** The JSON log lines written since the test began. */
function logLines(): Record<string, unknown>[] {
  return stderr
    .join('')
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/**
 * What someone with write access to the SQLite file can do: drop the trigger
 * that guards the lock, change the row, and put the trigger back as it was.
 */
function tamperWithLock(change: (db: Database.Database) => void): void {
  const file = openDatabaseFile(t);
  const name = file.name;
  file.close();
  const db = new Database(name);
  try {
    const { sql } = db.prepare("select sql from sqlite_master where type = 'trigger' and name = 'adjustments_no_update'").get() as { sql: string };
    db.exec('drop trigger adjustments_no_update');
    change(db);
    db.exec(sql);
  } finally {
    db.close();
  }
}

/** Flips one letter of the stored final bytes ("Mötets öppnande" → "mötets öppnande"): same length, still a readable Yjs update. */
function flipOneByteOfFinalBytes(): void {
  tamperWithLock((db) => {
    const { data } = db.prepare('select data from adjustments where meeting_id = ?').get(meeting.id) as { data: Buffer };
    const at = data.indexOf(Buffer.from('Mötets öppnande'));
    expect(at, 'the template text is in the final bytes').toBeGreaterThanOrEqual(0);
    const flipped = Buffer.from(data);
    flipped[at] = flipped[at]! ^ 0x20;
    db.prepare('update adjustments set data = ? where meeting_id = ?').run(flipped, meeting.id);
  });
}

describe('an adjusted protocol whose stored bytes no longer match their SHA-256', () => {
  it('is served normally while the stored bytes are intact', async () => {
    expect(((await callAs(t, meeting, 'secretary', 'GET', '/review')).json as ReviewStatus).integrity).toBe('ok');
    expect((await callAs(t, meeting, 'viewer', 'GET', '/verify')).status).toBe(200);
    expect((await callAs(t, meeting, 'viewer', 'GET', '/protocol')).status).toBe(200);
    expect(logLines().filter((line) => line.level === 'error')).toEqual([]);
  });

  it('after one flipped byte: verify, the protocol and every export refuse with integrity_failed; the review status says mismatch; an error is logged', async () => {
    const before = (await callAs(t, meeting, 'viewer', 'GET', '/verify')).json as VerifyMeetingResponse;
    flipOneByteOfFinalBytes();

    const verify = await callAs(t, meeting, 'viewer', 'GET', '/verify');
    expect(verify.status).toBe(500);
    expect(errorOf(verify.json)).toMatchObject({ code: 'integrity_failed', message: expect.stringContaining(meeting.id) as unknown });

    const byHash = await httpJson('POST', `${t.server.url}/api/verify`, { body: { sha256: before.adjustment?.sha256 } });
    expect(byHash.status).toBe(500);
    expect(errorOf(byHash.json).code).toBe('integrity_failed');

    const protocol = await callAs(t, meeting, 'viewer', 'GET', '/protocol');
    expect(protocol.status).toBe(500);
    expect(errorOf(protocol.json).code).toBe('integrity_failed');
    expect(JSON.stringify(protocol.json)).not.toContain('mötets öppnande');

    for (const file of ['export.pdf', 'export.md', 'export.html', 'export.docx', 'notice.pdf', 'action-items.csv', 'next-meeting.ics']) {
      const exported = await callAs(t, meeting, 'viewer', 'GET', `/${file}`);
      expect(exported.status, file).toBe(500);
      expect(errorOf(exported.json).code, file).toBe('integrity_failed');
    }

    const review = await callAs(t, meeting, 'secretary', 'GET', '/review');
    expect(review.status).toBe(200);
    const status = review.json as ReviewStatus;
    expect(status).toMatchObject({ state: 'adjusted', integrity: 'mismatch' });
    expect(status.adjustment?.sha256).toBe(before.adjustment?.sha256);

    const errors = logLines().filter((line) => line.level === 'error' && line.meetingId === meeting.id);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]).toMatchObject({ msg: expect.stringMatching(/integrity/) as unknown, storedSha256: before.adjustment?.sha256 });
    expect(errors[0]?.actualSha256).not.toBe(before.adjustment?.sha256);
  });

  it('does not vouch for an export it once handed out', async () => {
    const exported = await callAs(t, meeting, 'viewer', 'GET', '/export.md');
    expect(exported.status).toBe(200);
    const markdown = Buffer.from(exported.json as string, 'utf8');
    flipOneByteOfFinalBytes();
    const verify = await fetch(`${t.server.url}/api/verify`, { method: 'POST', headers: { 'content-type': 'application/octet-stream' }, body: markdown });
    expect(verify.status).toBe(500);
    expect(errorOf(await verify.json()).code).toBe('integrity_failed');
  });

  it('is caught when the stored hash is what was changed, or the protocol JSON', async () => {
    tamperWithLock((db) => db.prepare('update adjustments set sha256 = ? where meeting_id = ?').run('0'.repeat(64), meeting.id));
    expect(errorOf((await callAs(t, meeting, 'viewer', 'GET', '/protocol')).json).code).toBe('integrity_failed');

    const other = await t.createMeeting();
    await bringTo(t, other, 'adjusted');
    tamperWithLock((db) => db.prepare("update adjustments set protocol_json = replace(protocol_json, 'Mötets', 'Mötes') where meeting_id = ?").run(other.id));
    expect(((await callAs(t, other, 'secretary', 'GET', '/review')).json as ReviewStatus).integrity).toBe('mismatch');
    expect(errorOf((await callAs(t, other, 'viewer', 'GET', '/verify')).json).code).toBe('integrity_failed');
  });

  it('stops only that meeting: others are served, and a socket to it leaves the server up', async () => {
    const draft = await t.createMeeting();
    const otherAdjusted = await t.createMeeting();
    await bringTo(t, otherAdjusted, 'adjusted');
    flipOneByteOfFinalBytes();

    const provider = await t.connect(meeting.id, meeting.invites.viewer.token);
    provider.destroy();
    expect(logLines().some((line) => line.level === 'error' && line.meetingId === meeting.id)).toBe(true);

    expect((await httpJson('GET', `${t.server.url}/api/health`)).status).toBe(200);
    expect((await callAs(t, draft, 'viewer', 'GET', '/protocol')).status).toBe(200);
    expect((await callAs(t, otherAdjusted, 'viewer', 'GET', '/protocol')).status).toBe(200);
    expect((await callAs(t, otherAdjusted, 'viewer', 'GET', '/verify')).status).toBe(200);
    expect(((await callAs(t, otherAdjusted, 'viewer', 'GET', '/review')).json as ReviewStatus).integrity).toBe('ok');
  });
});

describe('the audit log in the database', () => {
  it('refuses UPDATE and DELETE of its rows, and keeps an adjusted meeting even with foreign keys off', () => {
    const file = openDatabaseFile(t);
    const name = file.name;
    file.close();
    const db = new Database(name);
    try {
      const entries = (db.prepare('select count(*) as n from audit_log where meeting_id = ?').get(meeting.id) as { n: number }).n;
      expect(entries).toBeGreaterThan(0);
      expect(() => db.prepare("update audit_log set actor = 'någon annan' where meeting_id = ?").run(meeting.id)).toThrow(/append-only/);
      expect(() => db.prepare('delete from audit_log where meeting_id = ?').run(meeting.id)).toThrow(/append-only/);
      db.pragma('foreign_keys = OFF');
      expect(() => db.prepare('delete from meetings where id = ?').run(meeting.id)).toThrow(/locked/);
      expect(db.prepare('select count(*) as n from adjustments a join meetings m on m.id = a.meeting_id').get()).toEqual({ n: 1 });
      expect((db.prepare('select count(*) as n from audit_log where meeting_id = ?').get(meeting.id) as { n: number }).n).toBe(entries);
    } finally {
      db.close();
    }
  });
});
