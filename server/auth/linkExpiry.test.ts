import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type OpenDatabase } from '../db/openDatabase';
import { MeetingStore } from '../meetings/meetingStore';
import { Authorizer, LINKS_EXPIRED, LINKS_VALID_AFTER_LOCK_MS } from './authorizer';
import { CredentialStore } from './credentialStore';
import { TicketSigner } from './tickets';

const DAY = 24 * 60 * 60_000;
let database: OpenDatabase | null = null;
afterEach(() => {
  database?.close();
  database = null;
});

/** A meeting adjusted at `adjustedAt` on a real SQLite file, and the authorizer the server builds. */
function adjustedMeeting(adjustedAt: Date | null) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'protokoll-expiry-'));
  database = openDatabase(path.join(dir, 'protokoll.db'));
  const credentials = new CredentialStore(database.db);
  const meetings = new MeetingStore(database.db, credentials);
  const { id, tokens } = meetings.create({ title: 'Kommunstyrelsen', kind: 'protocol' });
  const tickets = new TicketSigner(credentials.ticketKey());
  return { id, tokens, tickets, authorizer: new Authorizer(meetings, credentials, tickets, () => adjustedAt) };
}

describe('links of an adjusted meeting', () => {
  const lockedAt = new Date('2026-01-15T10:00:00Z');

  it('open it for 30 days after the lock, and then no longer: a link posted in a chat does not open the protocol for ever', () => {
    const { id, tokens, authorizer } = adjustedMeeting(lockedAt);
    const at = (days: number) => lockedAt.getTime() + days * DAY;
    expect(authorizer.authorize(id, { bearer: tokens.participant }, at(29))).toMatchObject({ ok: true, role: 'participant' });
    expect(authorizer.authorize(id, { bearer: tokens.chair }, lockedAt.getTime() + LINKS_VALID_AFTER_LOCK_MS)).toMatchObject({ ok: true });
    for (const role of ['participant', 'viewer', 'chair', 'adjuster'] as const) {
      expect(authorizer.authorize(id, { bearer: tokens[role] }, at(31))).toEqual({ ok: false, status: 401, code: 'unauthorized', message: LINKS_EXPIRED, reason: 'links_expired' });
    }
  });

  it('keep the secretary\'s open, who appends corrections and hands out the archived file', () => {
    const { id, tokens, authorizer } = adjustedMeeting(lockedAt);
    expect(authorizer.authorize(id, { bearer: tokens.secretary }, lockedAt.getTime() + 400 * DAY)).toMatchObject({ ok: true, role: 'secretary' });
  });

  it('stop a ticket issued before the limit from opening a socket after it', () => {
    // Locked now: a role ticket issued before its invite (the meeting's creation) would count as withdrawn.
    const now = new Date();
    const { id, tickets, authorizer } = adjustedMeeting(now);
    const issuedAt = now.getTime() + LINKS_VALID_AFTER_LOCK_MS - 1000;
    const { ticket } = tickets.issue(id, 'viewer', issuedAt);
    expect(authorizer.authorize(id, { ticket }, issuedAt + 500)).toMatchObject({ ok: true });
    expect(authorizer.authorize(id, { ticket }, issuedAt + 2000)).toMatchObject({ ok: false, message: LINKS_EXPIRED });
  });

  it('never expire while the meeting is not adjusted', () => {
    const { id, tokens, authorizer } = adjustedMeeting(null);
    expect(authorizer.authorize(id, { bearer: tokens.viewer }, Date.now() + 3650 * DAY)).toMatchObject({ ok: true });
  });
});
