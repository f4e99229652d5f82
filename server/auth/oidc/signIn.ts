import * as client from 'openid-client';
import type { Db } from '../../db/openDatabase';
import { errorFields, type Logger } from '../../logger';
import type { OidcSettings } from './oidcSettings';
import { PendingLogins } from './pendingLogins';
import { ProviderConnection } from './providerConnection';
import { personFromTokens } from './personFromTokens';
import { providerUnreachable } from './providerUnreachable';
import { safeReturnPath } from './returnPath';
import { SignInError } from './signInError';
import { SignInStore, type ProviderPerson } from './signInStore';

export type { OidcSettings } from './oidcSettings';
export { oidcSettingsOf } from './oidcSettings';
export { SignInError } from './signInError';

/** The cookie of a sign-in; HttpOnly, SameSite=Lax, Path=/. */
export const SIGN_IN_COOKIE = 'pk_signin';
/** The cookie that ties a started login to this browser; only /auth reads it. */
export const PENDING_LOGIN_COOKIE = 'pk_signin_pending';

/** The person a browser is signed in as, as the provider vouched for them. */
export interface SignedInPerson {
  signInId: string;
  issuer: string;
  subject: string;
  email: string | null;
  /** Only a verified address may be matched to an attendee's. */
  emailVerified: boolean;
  name: string | null;
}

/** A login just finished: the cookie to set and where to send the browser. */
export interface FinishedLogin {
  secret: string;
  expiresAt: number;
  returnPath: string;
  person: SignedInPerson;
}

/** Sign-in with the organisation's account: the routes' side and the reader of the cookie for everyone else. */
export interface SignIn {
  /** The person of the request's `pk_signin` cookie, or null (none, unknown, idle too long, past 30 days). */
  signedInPerson(cookies: Record<string, string>, now?: number): SignedInPerson | null;
  /** Whether the cookie should be Secure (PUBLIC_URL is https:). */
  readonly secureCookie: boolean;
  /** Starts a login: the provider's authorization URL and the id for the pending-login cookie. */
  beginLogin(returnPath: string | undefined): Promise<{ authorizationUrl: URL; pendingId: string }>;
  /** Completes a login from the callback's query string; throws SignInError. */
  finishLogin(pendingId: string | undefined, callbackQuery: URLSearchParams): Promise<FinishedLogin>;
  /** Ends the session of the request's cookie (if any). */
  signOut(cookies: Record<string, string>): boolean;
}

/** Sign-in over one OpenID Provider: authorization code flow with PKCE, state and nonce (openid-client does the checking). */
export function createSignIn(settings: OidcSettings, db: Db, log: Logger): SignIn {
  const provider = new ProviderConnection(settings, log);
  const pending = new PendingLogins();
  const sessions = new SignInStore(db, { idleMs: settings.idleMs, absoluteMs: settings.absoluteMs });

  const personOf = (stored: { id: string } & ProviderPerson): SignedInPerson => ({
    signInId: stored.id,
    issuer: stored.issuer,
    subject: stored.subject,
    email: stored.email,
    emailVerified: stored.emailVerified,
    name: stored.name,
  });

  return {
    secureCookie: settings.secureCookie,

    signedInPerson(cookies, now = Date.now()) {
      const secret = cookies[SIGN_IN_COOKIE];
      if (!secret) return null;
      const stored = sessions.find(secret, now);
      return stored ? personOf(stored) : null;
    },

    async beginLogin(returnPath) {
      const configuration = await provider.get();
      const codeVerifier = client.randomPKCECodeVerifier();
      const state = client.randomState();
      const nonce = client.randomNonce();
      const authorizationUrl = client.buildAuthorizationUrl(configuration, {
        redirect_uri: settings.redirectUri.href,
        scope: 'openid email profile',
        code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
        state,
        nonce,
      });
      const pendingId = pending.add({ state, nonce, codeVerifier, returnPath: safeReturnPath(returnPath) });
      return { authorizationUrl, pendingId };
    },

    async finishLogin(pendingId, callbackQuery) {
      const login = pending.take(pendingId);
      // Checked here and not only by openid-client, so a stale or forged callback gets its own reason.
      if (login === null || callbackQuery.get('state') !== login.state) {
        log.warn('sign-in callback refused', { reason: 'oidc_state_mismatch', startedHere: login !== null, providerError: callbackQuery.get('error') ?? undefined });
        throw new SignInError(400, 'oidc_state_mismatch', 'This sign-in was not started in this browser, was already used, or is too old; start again');
      }
      const configuration = await provider.get();
      // openid-client takes the redirect_uri it sends to the token endpoint from this URL, so it is ours as registered, not the request's.
      const callbackUrl = new URL(settings.redirectUri);
      callbackUrl.search = callbackQuery.toString();
      let person: ProviderPerson;
      try {
        const tokens = await client.authorizationCodeGrant(configuration, callbackUrl, {
          pkceCodeVerifier: login.codeVerifier,
          expectedState: login.state,
          expectedNonce: login.nonce,
          idTokenExpected: true,
        });
        person = await personFromTokens(configuration, tokens);
      } catch (error) {
        // The provider's own refusal (the person cancelled, no access) is the browser's request gone wrong; anything else is the provider's answer failing its checks.
        const refused = error instanceof client.AuthorizationResponseError;
        if (providerUnreachable(error)) {
          log.warn('sign-in failed: the OpenID Provider cannot be reached', { issuer: settings.issuer.href, error: errorFields(error).error });
          throw new SignInError(503, 'oidc_unavailable', 'The sign-in service cannot be reached right now; try again in a while');
        }
        log.warn('sign-in failed', {
          issuer: settings.issuer.href,
          providerError: error instanceof client.AuthorizationResponseError || error instanceof client.ResponseBodyError ? error.error : undefined,
          code: error instanceof Error && 'code' in error ? String(error.code) : undefined,
          error: errorFields(error).error,
        });
        throw new SignInError(refused ? 400 : 502, 'oidc_failed', refused ? 'The sign-in service did not sign you in' : 'The sign-in service answered in a way that could not be trusted; try again');
      }
      const { id, secret, expiresAt } = sessions.create(person);
      log.info('signed in', { issuer: person.issuer, signInId: id });
      return { secret, expiresAt, returnPath: login.returnPath, person: personOf({ id, ...person }) };
    },

    signOut(cookies) {
      const secret = cookies[SIGN_IN_COOKIE];
      return secret ? sessions.delete(secret) : false;
    },
  };
}
