import { afterEach, describe, expect, it } from 'vitest';
import type { MeResponse } from '../../../shared/api/me';
import type { CreateMeetingResponse } from '../../../shared/api/types';
import { httpJson } from '../../testing/httpJson';
import { CookieJar, KATARINA, loginAtProvider, OSKAR_UNVERIFIED, signInAtProvider, startOidcProvider, type TestOidcProvider } from '../../testing/oidcProvider';
import { startServerWithProvider } from '../../testing/serverWithProvider';
import { startTestServer, type TestServer } from '../../testing/testServer';

let t: TestServer | null = null;
let provider: TestOidcProvider | null = null;
afterEach(async () => {
  await t?.stop();
  await provider?.close();
  t = null;
  provider = null;
});

/** The app and a real provider, kept for afterEach. */
async function startWithProvider(env: Record<string, string> = {}, options: { providerUp?: boolean } = {}) {
  const started = await startServerWithProvider(env, options);
  t = started.t;
  provider = started.provider;
  expect(t.server.url).toBe(started.appUrl);
  return started;
}

async function meetingWithAttendee(server: TestServer, title: string, attendee: { name: string; email?: string }): Promise<CreateMeetingResponse> {
  const created = await httpJson('POST', `${server.server.url}/api/meetings`, { body: { title, kind: 'protocol', startsAt: '2026-12-10T09:00' } });
  expect(created.status).toBe(201);
  const meeting = created.json as CreateMeetingResponse;
  const added = await httpJson('POST', `${server.server.url}/api/meetings/${meeting.id}/attendees`, {
    headers: { authorization: `Bearer ${meeting.invites.secretary.token}` },
    body: { ...attendee, role: 'ledamot' },
  });
  expect(added.status).toBe(201);
  return meeting;
}

async function me(appUrl: string, jar: CookieJar): Promise<MeResponse> {
  const response = await jar.fetch(`${appUrl}/api/me`);
  expect(response.status).toBe(200);
  return (await response.json()) as MeResponse;
}

async function errorOf(response: Response): Promise<[number, string | undefined, string | undefined]> {
  const body = (await response.json()) as { error: { code: string; reason?: string } };
  return [response.status, body.error.code, body.error.reason];
}

describe('sign-in with the organisation account', () => {
  it('runs the code flow at a real provider, sets the cookie and lists the meetings whose attendee has the verified e-mail', async () => {
    const { appUrl } = await startWithProvider();
    const hers = await meetingWithAttendee(t!, 'Kommunstyrelsen', { name: 'Katarina Nilsson', email: '  Katarina@TIBRO.se ' });
    await meetingWithAttendee(t!, 'Barn- och utbildningsnämnden', { name: 'Per Persson', email: 'per@tibro.se' });
    const jar = new CookieJar();
    expect(await me(appUrl, jar)).toEqual({ signInAvailable: true, signedIn: null, meetings: [] });

    const landed = await signInAtProvider(appUrl, KATARINA, jar, { returnPath: `/m/${hers.id}?tab=review` });
    expect(landed.status).toBe(302);
    expect(landed.headers.get('location')).toBe(`/m/${hers.id}?tab=review`);
    const cookie = landed.headers.getSetCookie().find((line) => line.startsWith('pk_signin='));
    expect(cookie).toMatch(/^pk_signin=[A-Za-z0-9_-]{43}; /);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Lax/);
    expect(cookie).toMatch(/; Path=\/(;|$)/);
    // PUBLIC_URL is http: here.
    expect(cookie).not.toMatch(/; Secure/);

    expect(await me(appUrl, jar)).toEqual({
      signInAvailable: true,
      signedIn: { name: 'Katarina Nilsson', email: 'katarina@tibro.se', issuer: provider!.issuer },
      meetings: [{ id: hers.id, title: 'Kommunstyrelsen', startsAt: '2026-12-10T09:00', state: 'draft' }],
    });
    const person = t!.server.signIn!.signedInPerson({ pk_signin: jar.get(appUrl, 'pk_signin')! });
    expect(person).toMatchObject({ issuer: provider!.issuer, subject: 'katarina', email: 'katarina@tibro.se', emailVerified: true, name: 'Katarina Nilsson' });
  });

  it('lists no meetings for an e-mail the provider has not verified', async () => {
    const { appUrl } = await startWithProvider();
    await meetingWithAttendee(t!, 'Kommunstyrelsen', { name: 'Oskar Lind', email: OSKAR_UNVERIFIED.email });
    const jar = new CookieJar();
    expect((await signInAtProvider(appUrl, OSKAR_UNVERIFIED, jar)).status).toBe(302);
    expect(await me(appUrl, jar)).toEqual({ signInAvailable: true, signedIn: { name: 'Oskar Lind', email: 'oskar@tibro.se', issuer: provider!.issuer }, meetings: [] });
  });

  it('sends the browser only to a path on this site after the login', async () => {
    const { appUrl } = await startWithProvider();
    for (const target of ['https://evil.example/x', '//evil.example/x', '/\\evil.example', 'javascript:alert(1)']) {
      const landed = await signInAtProvider(appUrl, KATARINA, new CookieJar(), { returnPath: target });
      expect([target, landed.status, landed.headers.get('location')]).toEqual([target, 302, '/']);
    }
  });

  it('refuses a callback whose state was tampered with', async () => {
    const { appUrl } = await startWithProvider();
    const jar = new CookieJar();
    const callback = new URL(await loginAtProvider(appUrl, KATARINA, jar));
    callback.searchParams.set('state', `${callback.searchParams.get('state')}x`);
    expect(await errorOf(await jar.fetch(callback.href))).toEqual([400, 'bad_request', 'oidc_state_mismatch']);
    expect((await me(appUrl, jar)).signedIn).toBeNull();
  });

  it('refuses a callback from another browser, and a callback used twice', async () => {
    const { appUrl } = await startWithProvider();
    const jar = new CookieJar();
    const callback = await loginAtProvider(appUrl, KATARINA, jar);
    // Someone else's browser holds no pending login: the link of a login started elsewhere signs nobody in.
    expect(await errorOf(await new CookieJar().fetch(callback))).toEqual([400, 'bad_request', 'oidc_state_mismatch']);

    const again = new CookieJar();
    const fresh = await loginAtProvider(appUrl, KATARINA, again);
    const pending = again.get(appUrl, 'pk_signin_pending')!;
    expect((await again.fetch(fresh)).status).toBe(302);
    expect(await errorOf(await again.fetch(fresh))).toEqual([400, 'bad_request', 'oidc_state_mismatch']);
    // Even with the pending cookie put back: single use.
    again.set(appUrl, 'pk_signin_pending', pending, '/auth');
    expect(await errorOf(await again.fetch(fresh))).toEqual([400, 'bad_request', 'oidc_state_mismatch']);
  });

  it('answers a code from another login (injected into this one) with oidc_failed, after the provider or the nonce check refuses it', async () => {
    const { appUrl } = await startWithProvider();
    const victim = new CookieJar();
    const theirs = new URL(await loginAtProvider(appUrl, KATARINA, victim));
    const injected = new URL(await loginAtProvider(appUrl, OSKAR_UNVERIFIED, new CookieJar()));
    injected.searchParams.set('state', theirs.searchParams.get('state')!);
    expect(await errorOf(await victim.fetch(injected.href))).toEqual([502, 'internal', 'oidc_failed']);
    expect((await me(appUrl, victim)).signedIn).toBeNull();
  });

  it('answers the provider refusing (the person cancelled) with oidc_failed', async () => {
    const { appUrl } = await startWithProvider();
    const jar = new CookieJar();
    const callback = await loginAtProvider(appUrl, KATARINA, jar, { cancel: true });
    expect(new URL(callback).searchParams.get('error')).toBe('access_denied');
    expect(await errorOf(await jar.fetch(callback))).toEqual([400, 'bad_request', 'oidc_failed']);
    expect((await me(appUrl, jar)).signedIn).toBeNull();
  });

  it('ends the session at logout, for that cookie everywhere', async () => {
    const { appUrl } = await startWithProvider();
    const jar = new CookieJar();
    await signInAtProvider(appUrl, KATARINA, jar);
    const secret = jar.get(appUrl, 'pk_signin')!;
    const forged = await jar.fetch(`${appUrl}/auth/logout`, { method: 'POST', headers: { origin: 'https://evil.example' } });
    expect(forged.status).toBe(403);
    expect((await me(appUrl, jar)).signedIn).not.toBeNull();
    const out = await jar.fetch(`${appUrl}/auth/logout`, { method: 'POST', headers: { origin: appUrl } });
    expect(out.status).toBe(204);
    expect(out.headers.getSetCookie().find((line) => line.startsWith('pk_signin='))).toMatch(/Max-Age=0/);
    expect((await me(appUrl, jar)).signedIn).toBeNull();
    const copy = new CookieJar();
    copy.set(appUrl, 'pk_signin', secret);
    expect((await me(appUrl, copy)).signedIn).toBeNull();
  });

  it('ends a session left unused for SIGN_IN_IDLE_MINUTES, and keeps one in use alive', async () => {
    const { appUrl } = await startWithProvider({ SIGN_IN_IDLE_MINUTES: '30' });
    const jar = new CookieJar();
    await signInAtProvider(appUrl, KATARINA, jar);
    const cookies = { pk_signin: jar.get(appUrl, 'pk_signin')! };
    const signIn = t!.server.signIn!;
    const start = Date.now();
    const minutes = (n: number) => start + n * 60_000;
    expect(signIn.signedInPerson(cookies, minutes(29))).not.toBeNull();
    // Used at minute 29, so idle counts from there.
    expect(signIn.signedInPerson(cookies, minutes(58))).not.toBeNull();
    expect(signIn.signedInPerson(cookies, minutes(89))).toBeNull();
    // Gone for good, also now.
    expect(signIn.signedInPerson(cookies, minutes(1))).toBeNull();
    expect((await me(appUrl, jar)).signedIn).toBeNull();
  });

  it('answers 503 oidc_unavailable while the provider is down, and signs in once it is up', async () => {
    const { appUrl, redirectUri, providerPort } = await startWithProvider({}, { providerUp: false });
    const jar = new CookieJar();
    expect(await errorOf(await jar.fetch(`${appUrl}/auth/login`))).toEqual([503, 'internal', 'oidc_unavailable']);
    expect((await httpJson('GET', `${appUrl}/api/health`)).status).toBe(200);
    provider = await startOidcProvider({ redirectUri, port: providerPort });
    expect((await signInAtProvider(appUrl, KATARINA, jar)).status).toBe(302);
    expect((await me(appUrl, jar)).signedIn?.name).toBe('Katarina Nilsson');
  });
});

describe('a provider gone between login and callback', () => {
  it('answers the callback 503 oidc_unavailable', async () => {
    const { appUrl } = await startWithProvider();
    const jar = new CookieJar();
    const callback = await loginAtProvider(appUrl, KATARINA, jar);
    await provider!.close();
    provider = null;
    expect(await errorOf(await jar.fetch(callback))).toEqual([503, 'internal', 'oidc_unavailable']);
  });
});

describe('an installation without sign-in', () => {
  it('says so at /api/me and answers the login routes 404 with a reason', async () => {
    t = await startTestServer();
    expect((await httpJson('GET', `${t.server.url}/api/me`)).json).toEqual({ signInAvailable: false, signedIn: null, meetings: [] });
    const login = await httpJson('GET', `${t.server.url}/auth/login?return=/`);
    expect([login.status, (login.json as { error: { reason?: string } }).error.reason]).toEqual([404, 'oidc_not_configured']);
    expect(t.server.signIn).toBeUndefined();
  });
});
