import Database from 'better-sqlite3';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CreateMeetingResponse } from '../../shared/api/types';
import { startTestServer, type TestServer } from '../testing/testServer';
import { errorCodeOf, requestFrom, type Answer } from './testing/requestFrom';

let t: TestServer | undefined;
afterEach(async () => {
  await t?.stop();
  t = undefined;
});

/** A server whose four limits are each `perMinute`, so a test reaches them in a few requests. */
async function serverWithLimits(perMinute: number, env: Record<string, string> = {}): Promise<TestServer> {
  const limit = String(perMinute);
  t = await startTestServer({
    RATE_LIMIT_MEETINGS_PER_MIN: limit,
    RATE_LIMIT_TICKETS_PER_MIN: limit,
    RATE_LIMIT_VERIFY_PER_MIN: limit,
    RATE_LIMIT_EXPORTS_PER_MIN: limit,
    ...env,
  });
  return t;
}

function meetingRows(s: TestServer): number {
  const db = new Database(path.join(s.dataDir, 'protokoll.db'), { readonly: true });
  try {
    return (db.prepare('select count(*) as n from meetings').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

const json = (body: unknown, headers: Record<string, string> = {}) => ({ headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } });

function expectRateLimited(answer: Answer, perMinute: number) {
  expect(answer.status).toBe(429);
  expect(errorCodeOf(answer)).toBe('rate_limited');
  // One request comes back every 60/perMinute seconds; the client is told how much of that is left.
  const retryAfter = Number(answer.headers['retry-after']);
  expect(Number.isInteger(retryAfter)).toBe(true);
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(60 / perMinute);
  expect((answer.json as { error: { message: string } }).error.message).toContain(`${retryAfter} s`);
}

describe('REST rate limits per client address', () => {
  it('refuses a client’s third new meeting in a minute (limit 2) with 429, Retry-After and nothing created', async () => {
    const s = await serverWithLimits(2);
    const create = () => requestFrom('POST', `${s.server.url}/api/meetings`, json({ title: 'Styrelsemöte', kind: 'protocol' }));
    expect((await create()).status).toBe(201);
    const second = (await create()).json as CreateMeetingResponse;
    const refused = await create();
    expectRateLimited(refused, 2);
    // Two a minute: the next one in about half a minute.
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(25);
    // The next meeting of a series is a new meeting too.
    const next = await requestFrom('POST', `${s.server.url}/api/meetings/${second.id}/next`, json({}, bearer(second.invites.secretary.token).headers));
    expectRateLimited(next, 2);
    expect(meetingRows(s)).toBe(2);
  });

  it('gives another address a budget of its own', async () => {
    const s = await serverWithLimits(1);
    const create = (localAddress: string) =>
      requestFrom('POST', `${s.server.url}/api/meetings`, { ...json({ title: 'Styrelsemöte', kind: 'notes' }), localAddress });
    expect((await create('127.0.0.1')).status).toBe(201);
    expect((await create('127.0.0.1')).status).toBe(429);
    expect((await create('127.0.0.2')).status).toBe(201);
  });

  it('limits tickets', async () => {
    const s = await serverWithLimits(3);
    const meeting = await s.createMeeting();
    const ticket = () => requestFrom('POST', `${s.server.url}/api/meetings/${meeting.id}/ticket`, bearer(meeting.invites.participant.token));
    for (let i = 0; i < 3; i++) expect((await ticket()).status).toBe(200);
    expectRateLimited(await ticket(), 3);
  });

  it('limits verification, public and per meeting, from one budget', async () => {
    const s = await serverWithLimits(2);
    const meeting = await s.createMeeting();
    const publicVerify = () => requestFrom('POST', `${s.server.url}/api/verify`, json({ sha256: 'a'.repeat(64) }));
    expect((await publicVerify()).status).toBe(200);
    expect((await requestFrom('GET', `${s.server.url}/api/meetings/${meeting.id}/verify`, bearer(meeting.invites.viewer.token))).status).toBe(200);
    expectRateLimited(await publicVerify(), 2);
    // Refused before the body is read: a large upload costs nothing.
    expectRateLimited(await requestFrom('POST', `${s.server.url}/api/verify`, { headers: { 'content-type': 'application/pdf' }, body: Buffer.alloc(1024 * 1024) }), 2);
    expectRateLimited(await requestFrom('GET', `${s.server.url}/api/meetings/${meeting.id}/verify`, bearer(meeting.invites.viewer.token)), 2);
  });

  it('limits exports of every format from one budget', async () => {
    const s = await serverWithLimits(2);
    const meeting = await s.createMeeting();
    const get = (file: string) => requestFrom('GET', `${s.server.url}/api/meetings/${meeting.id}/${file}`, bearer(meeting.invites.viewer.token));
    expect((await get('export.md')).status).toBe(200);
    expect((await get('action-items.csv')).status).toBe(200);
    for (const file of ['export.pdf', 'export.docx', 'export.md', 'export.html', 'notice.pdf', 'action-items.csv', 'next-meeting.ics']) {
      expectRateLimited(await get(file), 2);
    }
  });

  it('leaves the other routes alone', async () => {
    const s = await serverWithLimits(1);
    const meeting = await s.createMeeting();
    for (let i = 0; i < 5; i++) {
      expect((await requestFrom('GET', `${s.server.url}/api/meetings/${meeting.id}`, bearer(meeting.invites.viewer.token))).status).toBe(200);
      expect((await requestFrom('GET', `${s.server.url}/api/health`)).status).toBe(200);
    }
  });

  it('switches a limit off with 0', async () => {
    const s = await serverWithLimits(0);
    for (let i = 0; i < 5; i++) expect((await s.createMeeting()).id).toBeTruthy();
  });

  it('ignores X-Forwarded-For unless TRUST_PROXY_HOPS says a proxy writes it', async () => {
    const spoofing = await serverWithLimits(1);
    const create = (forwardedFor: string) =>
      requestFrom('POST', `${spoofing.server.url}/api/meetings`, json({ title: 'Möte', kind: 'notes' }, { 'x-forwarded-for': forwardedFor }));
    expect((await create('198.51.100.1')).status).toBe(201);
    expect((await create('198.51.100.2')).status).toBe(429);
    await spoofing.stop();

    const proxied = await serverWithLimits(1, { TRUST_PROXY_HOPS: '1' });
    const viaProxy = (forwardedFor: string) =>
      requestFrom('POST', `${proxied.server.url}/api/meetings`, json({ title: 'Möte', kind: 'notes' }, { 'x-forwarded-for': forwardedFor }));
    expect((await viaProxy('198.51.100.1')).status).toBe(201);
    expect((await viaProxy('198.51.100.1')).status).toBe(429);
    // What the client wrote left of the proxy's entry does not give it a new budget.
    expect((await viaProxy('203.0.113.9, 198.51.100.1')).status).toBe(429);
    expect((await viaProxy('198.51.100.2')).status).toBe(201);
  });
});
