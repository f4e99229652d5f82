import { generateKeyPairSync } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** A person the test provider knows; they sign in with `id` as the login and any password. */
export interface TestAccount {
  id: string;
  email: string;
  emailVerified: boolean;
  name: string;
}

export const KATARINA: TestAccount = { id: 'katarina', email: 'katarina@tibro.se', emailVerified: true, name: 'Katarina Nilsson' };
/** Her address is one the provider has not verified: it must match no attendee. */
export const OSKAR_UNVERIFIED: TestAccount = { id: 'oskar', email: 'oskar@tibro.se', emailVerified: false, name: 'Oskar Lind' };

export const TEST_CLIENT = { clientId: 'protokoll-test', clientSecret: 'protokoll-test-secret-that-is-long-enough' };

export interface TestOidcProvider {
  issuer: string;
  close(): Promise<void>;
}

/** The little of oidc-provider's API used here (it ships no types). */
interface ProviderInstance {
  callback(): http.RequestListener;
}
type ProviderConstructor = new (issuer: string, configuration: Record<string, unknown>) => ProviderInstance;

/**
 * A real OpenID Provider (oidc-provider) on 127.0.0.1, with its development
 * login and consent pages, one confidential client for the app's callback
 * (code flow, PKCE required) and the given accounts. `port` 0 picks a free
 * one; a test that starts the app first reserves one with `freePort`.
 */
export async function startOidcProvider(options: { redirectUri: string; accounts?: TestAccount[]; port?: number }): Promise<TestOidcProvider> {
  const accounts = options.accounts ?? [KATARINA, OSKAR_UNVERIFIED];
  const server = http.createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // A variable specifier: the package has no type declarations, so its one constructor is typed by hand above.
  const moduleName = 'oidc-provider';
  const { default: Provider } = (await import(moduleName)) as { default: ProviderConstructor };
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: TEST_CLIENT.clientId,
        client_secret: TEST_CLIENT.clientSecret,
        redirect_uris: [options.redirectUri],
        response_types: ['code'],
        grant_types: ['authorization_code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    findAccount: (_ctx: unknown, id: string) => {
      const account = accounts.find((candidate) => candidate.id === id);
      return account && { accountId: id, claims: () => ({ sub: id, email: account.email, email_verified: account.emailVerified, name: account.name }) };
    },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    features: { devInteractions: { enabled: true } },
    pkce: { required: () => true },
    cookies: { keys: ['protokoll-test-provider-cookie-key'] },
    // Its own keys and token lifetimes, so the provider warns only of what a test provider is (in memory, development pages).
    jwks: { keys: [{ ...generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' }), kid: 'test', alg: 'RS256', use: 'sig' }] },
    ttl: { IdToken: 3600, AccessToken: 3600, AuthorizationCode: 60, Grant: 3600, Interaction: 600, Session: 3600 },
  });
  server.on('request', provider.callback());
  return {
    issuer,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** A port that was free a moment ago, for a server whose URL another must know before it starts. */
export async function freePort(): Promise<number> {
  const probe = http.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', () => resolve()));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/**
 * The cookies of one browser, enough for these flows: host-only cookies by
 * host name (like a browser, not by port: app and provider share 127.0.0.1),
 * with their paths and deletion by Max-Age=0 or a past Expires.
 */
export class CookieJar {
  private readonly cookies = new Map<string, { value: string; host: string; path: string }>();

  /** Sends `url` with the jar's cookies, takes the answer's, and does not follow redirects. */
  async fetch(url: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    const cookie = this.header(url);
    if (cookie) headers.set('cookie', cookie);
    const response = await fetch(url, { ...init, headers, redirect: 'manual' });
    this.take(url, response.headers.getSetCookie());
    return response;
  }

  /** The Cookie header a browser would send to `url`. */
  header(url: string): string {
    const { hostname, pathname } = new URL(url);
    return [...this.cookies.entries()]
      .filter(([, cookie]) => cookie.host === hostname && (pathname === cookie.path || pathname.startsWith(cookie.path.endsWith('/') ? cookie.path : `${cookie.path}/`)))
      .map(([key, cookie]) => `${key.split('\n')[0]}=${cookie.value}`)
      .join('; ');
  }

  /** One cookie's value as the jar holds it for `url`'s host (any path). */
  get(url: string, name: string): string | undefined {
    const { hostname } = new URL(url);
    return [...this.cookies.entries()].find(([key, cookie]) => key.split('\n')[0] === name && cookie.host === hostname)?.[1].value;
  }

  set(url: string, name: string, value: string, path = '/'): void {
    this.cookies.set(`${name}\n${path}`, { value, host: new URL(url).hostname, path });
  }

  private take(url: string, setCookies: string[]): void {
    const { hostname } = new URL(url);
    for (const line of setCookies) {
      const [pair = '', ...attributes] = line.split(';').map((part) => part.trim());
      const equals = pair.indexOf('=');
      const name = pair.slice(0, equals);
      const value = pair.slice(equals + 1);
      const attribute = (wanted: string) => attributes.find((part) => part.toLowerCase().startsWith(`${wanted}=`))?.slice(wanted.length + 1);
      const path = attribute('path') ?? '/';
      const maxAge = attribute('max-age');
      const expires = attribute('expires');
      const gone = (maxAge !== undefined && Number(maxAge) <= 0) || (expires !== undefined && Date.parse(expires) <= Date.now());
      const key = `${name}\n${path}`;
      if (gone) this.cookies.delete(key);
      else this.cookies.set(key, { value, host: hostname, path });
    }
  }
}

/**
 * Starts a login at the app and goes through the provider's pages as a
 * browser would (its login form with `account`, its consent page), up to the
 * provider's redirect back to the app; returns that callback URL unvisited.
 * `cancel` presses the login page's cancel link instead.
 */
export async function loginAtProvider(appUrl: string, account: TestAccount, jar: CookieJar, options: { returnPath?: string; cancel?: boolean } = {}): Promise<string> {
  const start = `${appUrl}/auth/login?return=${encodeURIComponent(options.returnPath ?? '/')}`;
  return followToCallback(start, `${appUrl}/auth/callback`, account, jar, options);
}

/** From `start` (the app's login route or the provider's authorization URL) through the provider's pages to the first URL under `callbackPrefix`. */
export async function followToCallback(start: string, callbackPrefix: string, account: TestAccount, jar: CookieJar, options: { cancel?: boolean } = {}): Promise<string> {
  let url = start;
  for (let hop = 0; hop < 20; hop += 1) {
    if (url.startsWith(callbackPrefix)) return url;
    const response = await jar.fetch(url);
    if (response.status >= 300 && response.status < 400) {
      url = new URL(response.headers.get('location') ?? '', url).href;
      continue;
    }
    const html = await response.text();
    if (response.status !== 200) throw new Error(`${response.status} at ${url}: ${html.slice(0, 300)}`);
    const prompt = /name="prompt" value="([^"]+)"/.exec(html)?.[1];
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    if (prompt === undefined || action === undefined) throw new Error(`no login or consent form at ${url}: ${html.slice(0, 300)}`);
    if (options.cancel) {
      const abort = /href="([^"]*\/abort)"/.exec(html)?.[1];
      if (abort === undefined) throw new Error(`no cancel link at ${url}`);
      url = new URL(unescapeHtml(abort), url).href;
      continue;
    }
    const fields: Record<string, string> = prompt === 'login' ? { prompt, login: account.id, password: 'any password' } : { prompt };
    const submitted = await jar.fetch(new URL(unescapeHtml(action), url).href, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
    });
    const location = submitted.headers.get('location');
    if (location === null) throw new Error(`the ${prompt} form answered ${submitted.status}: ${(await submitted.text()).slice(0, 300)}`);
    url = new URL(location, url).href;
  }
  throw new Error('the login did not come back to the app within 20 steps');
}

/** The whole flow: `loginAtProvider`, then the callback, whose answer (a redirect with the cookie, or an error) it returns. */
export async function signInAtProvider(appUrl: string, account: TestAccount, jar: CookieJar, options: { returnPath?: string } = {}): Promise<Response> {
  return jar.fetch(await loginAtProvider(appUrl, account, jar, options));
}

function unescapeHtml(text: string): string {
  return text.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
}
