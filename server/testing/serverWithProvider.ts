import { afterEach } from 'vitest';
import { freePort, startOidcProvider, TEST_CLIENT, type TestAccount, type TestOidcProvider } from './oidcProvider';
import { startTestServer, type TestServer } from './testServer';

/**
 * The app on a port known beforehand (the provider must know its callback)
 * and a real OpenID Provider configured for it; `providerUp: false` leaves
 * the provider's port unused, as if it were down.
 */
export async function startServerWithProvider(
  env: Record<string, string> = {},
  options: { providerUp?: boolean; accounts?: TestAccount[] } = {},
): Promise<{ appUrl: string; redirectUri: string; providerPort: number; t: TestServer; provider: TestOidcProvider | null }> {
  const appUrl = `http://127.0.0.1:${await freePort()}`;
  const redirectUri = `${appUrl}/auth/callback`;
  const providerPort = await freePort();
  const provider = options.providerUp === false ? null : await startOidcProvider({ redirectUri, port: providerPort, ...(options.accounts ? { accounts: options.accounts } : {}) });
  const t = await startTestServer({
    PORT: new URL(appUrl).port,
    PUBLIC_URL: appUrl,
    OIDC_ISSUER: `http://127.0.0.1:${providerPort}`,
    OIDC_CLIENT_ID: TEST_CLIENT.clientId,
    OIDC_CLIENT_SECRET: TEST_CLIENT.clientSecret,
    ...env,
  });
  return { appUrl, redirectUri, providerPort, t, provider };
}

/**
 * Starts the app with a provider like startServerWithProvider, and stops
 * both after the test that started them.
 */
export function serverWithProviderPerTest(): (env?: Record<string, string>) => ReturnType<typeof startServerWithProvider> {
  const running: { t: TestServer; provider: TestOidcProvider | null }[] = [];
  afterEach(async () => {
    for (const { t, provider } of running.splice(0)) {
      await t.stop();
      await provider?.close();
    }
  });
  return async (env = {}) => {
    const started = await startServerWithProvider(env);
    running.push(started);
    return started;
  };
}
