import type { MiddlewareHandler } from 'hono';
import { sessionCookieName } from '../../shared/collab/constants';
import { edgeError } from './edgeError';
import type { OriginPolicy } from './originPolicy';
import { requestCredentials } from './requestCredentials';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const SESSION_COOKIE_PREFIX = sessionCookieName('');
/** What an HTML form on any site can post without a CORS preflight. */
const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];

/**
 * Cross-site request forgery: a mutation that authenticates with the session
 * cookie (no bearer token) must come from a page of an allowed origin, the
 * same policy as the WebSocket upgrade. A foreign Origin (or `null`) is
 * refused with `403 {"error":{"code":"forbidden_origin"}}`.
 *
 * Without an Origin header: every current browser sends one on a POST, PUT,
 * PATCH or DELETE, cross-origin and same-origin alike, so a request without
 * it is taken as a non-browser client (curl, a script with a cookie jar),
 * which cannot be tricked into sending our cookie. Like Hono's `csrf`
 * middleware, it is still refused when it carries what a cross-site form can
 * send (a form content type), and when the browser's Sec-Fetch-Site says the
 * request is not same-origin.
 */
export function originCheck(origins: OriginPolicy): MiddlewareHandler {
  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method)) return next();
    const { bearer, cookies } = requestCredentials(c);
    if (bearer || !Object.keys(cookies ?? {}).some((name) => name.startsWith(SESSION_COOKIE_PREFIX))) return next();
    // An empty Origin is no origin; OriginPolicy would let it pass as "not a browser".
    const origin = c.req.header('origin') || undefined;
    const allowed = origin === undefined ? mayOmitOrigin(c.req.header('content-type'), c.req.header('sec-fetch-site')) : origins.allows(origin, c.req.header('host'));
    if (allowed) return next();
    return edgeError(
      c,
      403,
      'forbidden_origin',
      origin === undefined
        ? 'A request with the session cookie must say where it comes from (Origin header)'
        : `A request with the session cookie may not come from a page of ${origin}`,
    );
  };
}

function mayOmitOrigin(contentType: string | undefined, fetchSite: string | undefined): boolean {
  if (fetchSite !== undefined && fetchSite !== 'same-origin' && fetchSite !== 'none') return false;
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return !FORM_TYPES.includes(type);
}
