import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/testServer';
import { requestFrom, type Answer } from './testing/requestFrom';

let t: TestServer | undefined;
afterEach(async () => {
  await t?.stop();
  t = undefined;
});

const BUILT_INDEX = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/client/index.html');

/** The CSP as directive → sources. */
function csp(answer: Answer): Map<string, string[]> {
  const header = answer.headers['content-security-policy'];
  expect(typeof header).toBe('string');
  return new Map(
    String(header)
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name = '', ...sources]) => [name, sources]),
  );
}

describe('security headers', () => {
  it('give the app page a CSP that runs only its own scripts, talks only to its own origin and cannot be framed', async () => {
    t = await startTestServer();
    const page = await requestFrom('GET', `${t.server.url}/m/some-meeting`);
    const policy = csp(page);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(policy.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    const host = new URL(t.server.url).host;
    expect(policy.get('connect-src')).toEqual(["'self'", `ws://${host}`, `wss://${host}`]);
    expect(policy.get('frame-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(page.headers['x-frame-options']).toBe('DENY');
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    expect(page.headers['strict-transport-security']).toBeUndefined();
  });

  it('send no referrer from the invite link, whose URL holds the token', async () => {
    t = await startTestServer();
    const meeting = await t.createMeeting();
    const join = await requestFrom('GET', meeting.invites.participant.url);
    expect(join.status).toBe(302);
    expect(join.headers['referrer-policy']).toBe('no-referrer');
    const unknown = await requestFrom('GET', `${t.server.url}/join/not-a-token`);
    expect([unknown.status, unknown.headers['referrer-policy']]).toEqual([404, 'no-referrer']);
  });

  it('are on API answers and error answers too', async () => {
    t = await startTestServer();
    for (const answer of [await requestFrom('GET', `${t.server.url}/api/health`), await requestFrom('GET', `${t.server.url}/api/nothing-here`)]) {
      expect(csp(answer).get('frame-ancestors')).toEqual(["'none'"]);
      expect(answer.headers['x-content-type-options']).toBe('nosniff');
    }
  });

  it('turn HSTS on, and name wss: of the public host, when PUBLIC_URL is https', async () => {
    t = await startTestServer({ PUBLIC_URL: 'https://protokoll.kommun.se' });
    const page = await requestFrom('GET', `${t.server.url}/`);
    expect(page.headers['strict-transport-security']).toBe('max-age=15552000');
    expect(csp(page).get('connect-src')).toEqual(["'self'", 'ws://protokoll.kommun.se', 'wss://protokoll.kommun.se']);
  });

  it('do not repeat a Host header that is not a plain host', async () => {
    t = await startTestServer();
    // A semicolon would start a directive of the sender's choosing.
    const page = await requestFrom('GET', `${t.server.url}/`, { headers: { host: 'x;frame-ancestors' } });
    expect(csp(page).get('connect-src')).toEqual(["'self'"]);
    expect(csp(page).get('script-src')).toEqual(["'self'"]);
  });

  it('let the app frame its own PDF preview, and keep the HTML export’s stricter CSP', async () => {
    t = await startTestServer();
    const meeting = await t.createMeeting();
    const auth = { headers: { authorization: `Bearer ${meeting.invites.viewer.token}` } };
    const pdf = await requestFrom('GET', `${t.server.url}/api/meetings/${meeting.id}/export.pdf?inline=1`, auth);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-security-policy']).toBe("frame-ancestors 'self'");
    expect(pdf.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(pdf.headers['x-content-type-options']).toBe('nosniff');
    const html = await requestFrom('GET', `${t.server.url}/api/meetings/${meeting.id}/export.html`, auth);
    expect(csp(html).get('default-src')).toEqual(["'none'"]);
    expect(csp(html).has('script-src')).toBe(false);
    expect(html.headers['x-frame-options']).toBe('DENY');
  });

  it.skipIf(!fs.existsSync(BUILT_INDEX))('fit the built client: its page holds no inline script, style element or event handler', () => {
    const index = fs.readFileSync(BUILT_INDEX, 'utf8');
    const scripts = [...index.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes = '', body = ''] of scripts) {
      expect(attributes).toMatch(/\bsrc="\/assets\//);
      expect(body.trim()).toBe('');
    }
    expect(index).not.toMatch(/<style\b/i);
    expect(index).not.toMatch(/\son[a-z]+\s*=/i);
    expect(index).not.toMatch(/javascript:/i);
  });
});
