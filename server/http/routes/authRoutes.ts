import { Hono, type Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { SignInErrorBody } from '../../../shared/api/signInReasons';
import { PENDING_LOGIN_COOKIE, SIGN_IN_COOKIE, SignInError, type SignIn } from '../../auth/oidc/signIn';
import { PENDING_LOGIN_TTL_MS } from '../../auth/oidc/pendingLogins';
import type { Logger } from '../../logger';

export interface AuthRoutesDeps {
  /** Absent when the installation has no OIDC_ variables. */
  signIn?: SignIn | undefined;
  log: Logger;
}

const CODE_OF_STATUS = { 400: 'bad_request', 404: 'not_found', 502: 'internal', 503: 'internal' } as const;

/** GET /auth/login, GET /auth/callback, POST /auth/logout: sign-in with the organisation's account. */
export function authRoutes(deps: AuthRoutesDeps) {
  const app = new Hono();
  app.use(async (c, next) => {
    await next();
    // Every answer here is about one browser's login: nothing for a cache to keep.
    c.header('Cache-Control', 'no-store');
  });

  app.get('/login', (c) =>
    answer(c, deps, async (signIn) => {
      const { authorizationUrl, pendingId } = await signIn.beginLogin(c.req.query('return'));
      setCookie(c, PENDING_LOGIN_COOKIE, pendingId, {
        httpOnly: true,
        // Lax: the provider's redirect back to us is a top-level navigation from its site.
        sameSite: 'Lax',
        path: '/auth',
        secure: signIn.secureCookie,
        maxAge: Math.floor(PENDING_LOGIN_TTL_MS / 1000),
      });
      return c.redirect(authorizationUrl.href, 302);
    }),
  );

  app.get('/callback', (c) =>
    answer(c, deps, async (signIn) => {
      const pendingId = getCookie(c, PENDING_LOGIN_COOKIE);
      // Single use whatever happens next.
      deleteCookie(c, PENDING_LOGIN_COOKIE, { path: '/auth', secure: signIn.secureCookie });
      const finished = await signIn.finishLogin(pendingId, new URL(c.req.url).searchParams);
      setCookie(c, SIGN_IN_COOKIE, finished.secret, {
        httpOnly: true,
        sameSite: 'Lax',
        path: '/',
        secure: signIn.secureCookie,
        expires: new Date(finished.expiresAt),
      });
      return c.redirect(finished.returnPath, 302);
    }),
  );

  app.post('/logout', (c) =>
    answer(c, deps, (signIn) => {
      signIn.signOut(getCookie(c));
      deleteCookie(c, SIGN_IN_COOKIE, { path: '/', secure: signIn.secureCookie });
      return Promise.resolve(c.body(null, 204));
    }),
  );

  return app;
}

/** Runs a sign-in step and answers a SignInError in the API's error shape; anything else goes to the app's error handler. */
async function answer(c: Context, deps: AuthRoutesDeps, step: (signIn: SignIn) => Promise<Response>): Promise<Response> {
  try {
    if (deps.signIn === undefined) throw new SignInError(404, 'oidc_not_configured', 'Sign-in with an organisation account is not set up on this server');
    return await step(deps.signIn);
  } catch (error) {
    if (!(error instanceof SignInError)) throw error;
    const body: SignInErrorBody = { error: { code: CODE_OF_STATUS[error.status], message: error.message, reason: error.reason } };
    return c.json(body, error.status);
  }
}
