import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Hono } from 'hono';
import { afterEach, describe, expect, it } from 'vitest';
import { sessionCookieName } from '../../shared/collab/constants';
import { Authorizer } from '../auth/authorizer';
import { CredentialStore } from '../auth/credentialStore';
import { TicketSigner } from '../auth/tickets';
import { openDatabase, type OpenDatabase } from '../db/openDatabase';
import { MeetingStore } from '../meetings/meetingStore';
import { requestGrants } from './requestGrants';

const DAY = 24 * 60 * 60_000;
let database: OpenDatabase | null = null;
afterEach(() => {
  database?.close();
  database = null;
});

describe('the meetings a request holds credentials for (GET /api/meetings, a body\'s action items)', () => {
  it('leave out a meeting adjusted more than 30 days ago, except for its secretary, and a meeting whose session ended', async () => {
    database = openDatabase(path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'protokoll-grants-')), 'protokoll.db'));
    const credentials = new CredentialStore(database.db);
    const meetings = new MeetingStore(database.db, credentials);
    const old = meetings.create({ title: 'Kommunstyrelsen i januari', kind: 'protocol' });
    const current = meetings.create({ title: 'Kommunstyrelsen i mars', kind: 'protocol' });
    const ended = meetings.create({ title: 'Kommunstyrelsen i april', kind: 'protocol' });
    const adjustedAt = new Map([[old.id, new Date(Date.now() - 40 * DAY)]]);
    const authorizer = new Authorizer(meetings, credentials, new TicketSigner(credentials.ticketKey()), (id) => adjustedAt.get(id) ?? null);
    const app = new Hono().get('/', (c) => c.json(Object.fromEntries(requestGrants(c, authorizer, credentials).roles)));
    const cookie = (meetingId: string, role: 'participant' | 'secretary') => `${sessionCookieName(meetingId)}=${credentials.createSession({ meetingId, role }).secret}`;
    const endedSession = credentials.createSession({ meetingId: ended.id, role: 'participant' }, Date.now() - 31 * DAY).secret;

    const asParticipant = await app.request('/', { headers: { cookie: [cookie(old.id, 'participant'), cookie(current.id, 'participant'), `${sessionCookieName(ended.id)}=${endedSession}`].join('; ') } });
    expect(await asParticipant.json()).toEqual({ [current.id]: 'participant' });
    const withOldLink = await app.request('/', { headers: { authorization: `Bearer ${old.tokens.chair}` } });
    expect(await withOldLink.json()).toEqual({});
    const asSecretary = await app.request('/', { headers: { cookie: cookie(old.id, 'secretary') } });
    expect(await asSecretary.json()).toEqual({ [old.id]: 'secretary' });
  });
});
