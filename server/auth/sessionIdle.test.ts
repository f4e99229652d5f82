import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sessionCookieName } from '../../shared/collab/constants';
import { openDatabase, type OpenDatabase } from '../db/openDatabase';
import { MeetingStore } from '../meetings/meetingStore';
import { Authorizer, LINKS_EXPIRED, LINKS_VALID_AFTER_LOCK_MS, SESSION_ENDED } from './authorizer';
import { CredentialStore, SESSION_TTL_MS } from './credentialStore';
import { TicketSigner } from './tickets';

const HOUR = 60 * 60_000;
const IDLE = 8 * HOUR;
let database: OpenDatabase | null = null;
afterEach(() => {
  database?.close();
  database = null;
});

/** A meeting on a real SQLite file whose sessions end after eight idle hours, and a participant's session opened at `openedAt`. */
function meetingWithSession(openedAt: number, adjustedAt: Date | null = null) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'protokoll-idle-'));
  database = openDatabase(path.join(dir, 'protokoll.db'));
  const credentials = new CredentialStore(database.db, IDLE);
  const meetings = new MeetingStore(database.db, credentials);
  const { id } = meetings.create({ title: 'Kommunstyrelsen', kind: 'protocol' });
  const tickets = new TicketSigner(credentials.ticketKey());
  const authorizer = new Authorizer(meetings, credentials, tickets, () => adjustedAt);
  const { secret } = credentials.createSession({ meetingId: id, role: 'participant' }, openedAt);
  const withCookie = (now: number) => authorizer.authorize(id, { cookies: { [sessionCookieName(id)]: secret } }, now);
  return { id, tickets, authorizer, withCookie };
}

describe('a browser session opened by an invitation link', () => {
  const openedAt = Date.parse('2026-03-02T08:00:00Z');

  it('ends after the idle time without a request, and keeps going while it is used', () => {
    const { withCookie } = meetingWithSession(openedAt);
    // Used every seven hours, it lives well past eight hours.
    for (let hours = 7; hours <= 49; hours += 7) expect(withCookie(openedAt + hours * HOUR)).toMatchObject({ ok: true, role: 'participant' });
    // Then nine hours without a request: over.
    expect(withCookie(openedAt + 58 * HOUR)).toEqual({ ok: false, status: 401, code: 'unauthorized', message: SESSION_ENDED, reason: 'session_ended' });
  });

  it('ends 30 days after it was opened, however much it is used', () => {
    const { withCookie } = meetingWithSession(openedAt);
    let now = openedAt;
    while (now + 6 * HOUR < openedAt + SESSION_TTL_MS) {
      now += 6 * HOUR;
      expect(withCookie(now)).toMatchObject({ ok: true });
    }
    expect(withCookie(openedAt + SESSION_TTL_MS + HOUR)).toMatchObject({ ok: false, message: SESSION_ENDED });
  });

  it('gives tickets that open sockets only while it lives: a ticket does not outlive its idle session', () => {
    const { id, authorizer, withCookie } = meetingWithSession(openedAt);
    const grant = withCookie(openedAt + HOUR);
    expect(grant).toMatchObject({ ok: true });
    const session = grant.ok ? grant.session : undefined;
    expect(session).toMatch(/^[0-9a-f]{64}$/);
    const { ticket } = new TicketSigner(readTicketKey()).issue(id, 'participant', openedAt + HOUR, { session });
    expect(authorizer.authorize(id, { ticket }, openedAt + HOUR + 60_000)).toMatchObject({ ok: true, role: 'participant', session });
    // The ticket is still within its five minutes, but the session it came from went idle in between (the clock is moved, not waited for).
    // Last used when that ticket opened a socket; eight hours later it is idle.
    const lastUse = openedAt + HOUR + 60_000;
    const issuedLate = new TicketSigner(readTicketKey()).issue(id, 'participant', lastUse + IDLE - 1000, { session });
    expect(authorizer.authorize(id, { ticket: issuedLate.ticket }, lastUse + IDLE + 1000)).toMatchObject({ ok: false, message: SESSION_ENDED });
  });

  it('keeps its open socket while the socket is open and counted as use, and closes it once the session or the links end', () => {
    const lockedAt = new Date(openedAt + 2 * HOUR);
    const { id, authorizer, withCookie } = meetingWithSession(openedAt, lockedAt);
    const grant = withCookie(openedAt + HOUR);
    const opened = { session: grant.ok ? (grant.session ?? null) : null, inviteId: null };
    // The sweep rechecks every few seconds: an open socket keeps its session from going idle.
    for (let hours = 2; hours <= 48; hours += 2) expect(authorizer.recheck(id, 'participant', opened, openedAt + hours * HOUR)).toEqual({ ok: true });
    // 30 days after the lock the links of the meeting end, and with them its sockets (the session itself has also run out).
    expect(authorizer.recheck(id, 'participant', opened, lockedAt.getTime() + LINKS_VALID_AFTER_LOCK_MS + HOUR)).toMatchObject({ ok: false });
    expect(authorizer.recheck(id, 'participant', { session: null, inviteId: null }, lockedAt.getTime() + LINKS_VALID_AFTER_LOCK_MS + HOUR)).toEqual({ ok: false, message: LINKS_EXPIRED });
    expect(authorizer.recheck(id, 'secretary', { session: null, inviteId: null }, lockedAt.getTime() + LINKS_VALID_AFTER_LOCK_MS + HOUR)).toEqual({ ok: true });
  });
});

function readTicketKey(): string {
  if (!database) throw new Error('no database');
  return new CredentialStore(database.db).ticketKey();
}
