import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CredentialStore } from '../auth/credentialStore';
import { openDatabase, type OpenDatabase } from '../db/openDatabase';
import { MeetingStore } from '../meetings/meetingStore';
import { AuditLog } from './auditLog';
import { REFUSAL_AUDIT_WINDOW_MS, RefusalAudit } from './refusalAudit';

let database: OpenDatabase | null = null;
afterEach(() => {
  database?.close();
  database = null;
});

function setUp() {
  database = openDatabase(path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'protokoll-refusals-')), 'protokoll.db'));
  const meetings = new MeetingStore(database.db, new CredentialStore(database.db));
  const { id } = meetings.create({ title: 'Kommunstyrelsen', kind: 'protocol' });
  const audit = new AuditLog(database.db);
  let now = Date.parse('2026-03-02T10:00:00Z');
  const refusals = new RefusalAudit(audit, (meetingId) => meetings.exists(meetingId), () => now);
  return { id, audit, refusals, advance: (ms: number) => (now += ms) };
}

const approveAsSomeoneElse = (meetingId: string) => ({ meetingId, what: 'POST /approve', status: 403, reason: 'not_you', message: 'You are Zophia; you cannot approve as Katarina' });

describe('refused credentials and actions in the audit log', () => {
  it('are written with what was tried and why it was refused', () => {
    const { id, audit, refusals } = setUp();
    refusals.record(approveAsSomeoneElse(id));
    expect(audit.list(id).map((entry) => [entry.action, entry.detail])).toEqual([
      ['refused', { what: 'POST /approve', status: 403, reason: 'not_you', message: 'You are Zophia; you cannot approve as Katarina' }],
    ]);
  });

  it('do not fill the log when a client retries in a loop: one entry a minute per kind, counting the rest', () => {
    const { id, audit, refusals, advance } = setUp();
    for (let attempt = 0; attempt < 500; attempt++) {
      refusals.record(approveAsSomeoneElse(id));
      advance(10);
    }
    // Another kind in the same minute is its own entry.
    refusals.record({ meetingId: id, what: 'socket', status: 4401, reason: null, message: 'unauthorized: the ticket is not valid' });
    advance(REFUSAL_AUDIT_WINDOW_MS);
    refusals.record(approveAsSomeoneElse(id));
    const entries = audit.list(id).map((entry) => entry.detail);
    expect(entries).toHaveLength(3);
    expect(entries[0]).not.toHaveProperty('repeated');
    expect(entries[1]).toMatchObject({ what: 'socket', status: 4401 });
    // 500 attempts in five seconds: the first written, 499 counted into the next.
    expect(entries[2]).toMatchObject({ what: 'POST /approve', repeated: 499 });
  });

  it('write nothing for a meeting that does not exist', () => {
    const { id, audit, refusals } = setUp();
    refusals.record(approveAsSomeoneElse('no-such-meeting'));
    expect(audit.list('no-such-meeting')).toEqual([]);
    expect(audit.list(id)).toEqual([]);
  });
});
