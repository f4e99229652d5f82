import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { CreateMeetingResponse } from '../../shared/api/types';
import { startTestServer, type TestServer } from '../testing/testServer';
import { errorCodeOf, requestFrom } from './testing/requestFrom';

let t: TestServer | undefined;
afterEach(async () => {
  await t?.stop();
  t = undefined;
});

interface Browser {
  s: TestServer;
  meeting: CreateMeetingResponse;
  /** The secretary's session cookie, as the browser that created the meeting holds it. */
  cookie: string;
}

async function secretaryBrowser(env: Record<string, string> = {}): Promise<Browser> {
  t = await startTestServer(env);
  const created = await requestFrom('POST', `${t.server.url}/api/meetings`, {
    headers: { 'content-type': 'application/json', origin: t.server.url },
    body: JSON.stringify({ title: 'Styrelsemöte', kind: 'protocol' }),
  });
  expect(created.status).toBe(201);
  const cookie = created.headers['set-cookie']?.[0]?.split(';')[0] ?? '';
  expect(cookie).toMatch(/^pk_/);
  return { s: t, meeting: created.json as CreateMeetingResponse, cookie };
}

const start = Buffer.from(Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(new Y.Doc().getXmlFragment('default'), 0))).toString('base64');
const remark = JSON.stringify({ author: 'Hillevi', text: 'Stavfel i § 3', anchor: { start, end: start, quote: '' } });

/** Posts a remark, the way the meeting page does, with the given extra headers. */
function postRemark({ s, meeting }: Browser, headers: Record<string, string>, contentType = 'application/json') {
  return requestFrom('POST', `${s.server.url}/api/meetings/${meeting.id}/remarks`, { headers: { 'content-type': contentType, ...headers }, body: remark });
}

async function remarkCount({ s, meeting }: Browser): Promise<number> {
  const list = await requestFrom('GET', `${s.server.url}/api/meetings/${meeting.id}/remarks`, { headers: { authorization: `Bearer ${meeting.invites.viewer.token}` } });
  return (list.json as { remarks: unknown[] }).remarks.length;
}

describe('a cookie-authenticated mutation must come from an allowed origin', () => {
  it('refuses one from a foreign page with 403 forbidden_origin and changes nothing', async () => {
    const browser = await secretaryBrowser();
    const forged = await postRemark(browser, { cookie: browser.cookie, origin: 'https://evil.example' });
    expect(forged.status).toBe(403);
    expect(errorCodeOf(forged)).toBe('forbidden_origin');
    expect((forged.json as { error: { message: string } }).error.message).toContain('https://evil.example');
    const sandboxed = await postRemark(browser, { cookie: browser.cookie, origin: 'null' });
    expect(errorCodeOf(sandboxed)).toBe('forbidden_origin');
    expect(await remarkCount(browser)).toBe(0);
  });

  it('takes one from the server’s own page', async () => {
    const browser = await secretaryBrowser();
    expect((await postRemark(browser, { cookie: browser.cookie, origin: browser.s.server.url })).status).toBe(201);
    expect(await remarkCount(browser)).toBe(1);
  });

  it('takes one from PUBLIC_URL’s origin and from ALLOWED_ORIGINS, as the WebSocket does', async () => {
    const browser = await secretaryBrowser({ PUBLIC_URL: 'https://protokoll.kommun.se', ALLOWED_ORIGINS: 'https://intranet.kommun.se' });
    expect((await postRemark(browser, { cookie: browser.cookie, origin: 'https://protokoll.kommun.se' })).status).toBe(201);
    expect((await postRemark(browser, { cookie: browser.cookie, origin: 'https://intranet.kommun.se' })).status).toBe(201);
    expect((await postRemark(browser, { cookie: browser.cookie, origin: 'https://kommun.se.evil.example' })).status).toBe(403);
  });

  it('leaves bearer-token requests alone, whatever their Origin', async () => {
    const browser = await secretaryBrowser();
    const answer = await postRemark(browser, { authorization: `Bearer ${browser.meeting.invites.participant.token}`, cookie: browser.cookie, origin: 'https://tool.example' });
    expect(answer.status).toBe(201);
  });

  it('leaves reads alone: a foreign page cannot read the answer anyway (no CORS)', async () => {
    const browser = await secretaryBrowser();
    const read = await requestFrom('GET', `${browser.s.server.url}/api/meetings/${browser.meeting.id}`, { headers: { cookie: browser.cookie, origin: 'https://evil.example' } });
    expect(read.status).toBe(200);
  });

  it('without Origin takes a JSON request (a script with a cookie jar), but not what a cross-site form or a cross-site fetch sends', async () => {
    const browser = await secretaryBrowser();
    expect((await postRemark(browser, { cookie: browser.cookie })).status).toBe(201);
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const form = await postRemark(browser, { cookie: browser.cookie }, type);
      expect([type, form.status, errorCodeOf(form)]).toEqual([type, 403, 'forbidden_origin']);
    }
    const crossSite = await postRemark(browser, { cookie: browser.cookie, 'sec-fetch-site': 'cross-site' });
    expect(errorCodeOf(crossSite)).toBe('forbidden_origin');
    expect((await postRemark(browser, { cookie: browser.cookie, 'sec-fetch-site': 'same-origin' })).status).toBe(201);
    expect(await remarkCount(browser)).toBe(2);
  });

  it('lets a request without any session cookie through to the route, which decides', async () => {
    const browser = await secretaryBrowser();
    const anonymous = await postRemark(browser, { origin: 'https://evil.example' });
    expect([anonymous.status, errorCodeOf(anonymous)]).toEqual([401, 'unauthorized']);
    const verify = await requestFrom('POST', `${browser.s.server.url}/api/verify`, {
      headers: { 'content-type': 'application/json', origin: 'https://checker.example' },
      body: JSON.stringify({ sha256: 'a'.repeat(64) }),
    });
    expect(verify.status).toBe(200);
  });
});
