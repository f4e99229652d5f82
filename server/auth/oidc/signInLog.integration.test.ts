import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type OpenDatabase } from '../../db/openDatabase';
import type { LogFields, Logger } from '../../logger';
import { CookieJar, followToCallback, freePort, KATARINA, OSKAR_UNVERIFIED, startOidcProvider, TEST_CLIENT, type TestOidcProvider } from '../../testing/oidcProvider';
import { createSignIn, oidcSettingsOf, SignInError, type SignIn } from './signIn';

interface Line {
  level: string;
  msg: string;
  fields: LogFields;
}

function capturingLogger(lines: Line[]): Logger {
  const write = (level: string) => (msg: string, fields: LogFields = {}) => lines.push({ level, msg, fields });
  const logger: Logger = { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error'), child: () => logger };
  return logger;
}

const REDIRECT = 'http://127.0.0.1:9/auth/callback';

let dir: string;
let database: OpenDatabase;
let provider: TestOidcProvider | null = null;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'protokoll-signin-log-'));
  database = openDatabase(path.join(dir, 'protokoll.db'));
});
afterEach(async () => {
  await provider?.close();
  provider = null;
  database.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function signInAt(issuer: string, lines: Line[]): SignIn {
  const settings = oidcSettingsOf({
    OIDC_ISSUER: issuer,
    OIDC_CLIENT_ID: TEST_CLIENT.clientId,
    OIDC_CLIENT_SECRET: TEST_CLIENT.clientSecret,
    PUBLIC_URL: new URL(REDIRECT).origin,
    SIGN_IN_IDLE_MINUTES: 480,
  });
  return createSignIn(settings!, database.db, capturingLogger(lines));
}

async function refusal(promise: Promise<unknown>): Promise<[number, string]> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof SignInError)) throw new Error(`expected a SignInError, got ${String(error)}`);
  return [error.status, error.reason];
}

describe('sign-in failures in the log', () => {
  it('are each logged as a warning, with no code, state, nonce, token or cookie secret in it', async () => {
    const providerPort = await freePort();
    const lines: Line[] = [];
    const signIn = signInAt(`http://127.0.0.1:${providerPort}`, lines);
    const secrets: string[] = [TEST_CLIENT.clientSecret];

    expect(await refusal(signIn.beginLogin('/'))).toEqual([503, 'oidc_unavailable']);
    provider = await startOidcProvider({ redirectUri: REDIRECT, port: providerPort });

    const mine = await signIn.beginLogin('/m/1');
    const callback = new URL(await followToCallback(mine.authorizationUrl.href, REDIRECT, KATARINA, new CookieJar()));
    secrets.push(mine.pendingId, callback.searchParams.get('code')!, callback.searchParams.get('state')!, mine.authorizationUrl.searchParams.get('nonce')!);
    expect(await refusal(signIn.finishLogin('not-the-pending-id', callback.searchParams))).toEqual([400, 'oidc_state_mismatch']);

    const victim = await signIn.beginLogin('/');
    const other = await signIn.beginLogin('/');
    const injected = new URL(await followToCallback(other.authorizationUrl.href, REDIRECT, OSKAR_UNVERIFIED, new CookieJar()));
    const victimState = victim.authorizationUrl.searchParams.get('state')!;
    secrets.push(victim.pendingId, other.pendingId, injected.searchParams.get('code')!, victimState);
    injected.searchParams.set('state', victimState);
    expect(await refusal(signIn.finishLogin(victim.pendingId, injected.searchParams))).toEqual([502, 'oidc_failed']);

    const done = await signIn.beginLogin('/');
    const good = new URL(await followToCallback(done.authorizationUrl.href, REDIRECT, KATARINA, new CookieJar()));
    const finished = await signIn.finishLogin(done.pendingId, good.searchParams);
    secrets.push(finished.secret, good.searchParams.get('code')!);

    expect(lines.filter((line) => line.level === 'warn').map((line) => line.msg)).toEqual([
      'OpenID Provider discovery failed',
      'sign-in callback refused',
      'sign-in failed',
    ]);
    const written = JSON.stringify(lines);
    for (const secret of secrets) expect(written).not.toContain(secret);
  });
});
