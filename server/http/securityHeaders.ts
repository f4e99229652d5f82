import type { Context, MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { FRAME_ANCESTORS } from './frameAncestors';

export interface SecurityHeadersOptions {
  /** An `https:` PUBLIC_URL turns HSTS on; its host is also named for the WebSocket. */
  publicUrl?: string | undefined;
  frameAncestors?: readonly string[];
}

/** A Host header we are willing to repeat in a header: a name or address and a port, nothing else. */
const PLAIN_HOST = /^(?:[a-z0-9.-]+|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/**
 * The security headers of every answer: a Content-Security-Policy that lets
 * the page run only the built client's own files (no inline script, no eval),
 * talk only to its own origin (HTTP and WebSocket), and not be framed;
 * Referrer-Policy no-referrer (an invite token is in the /join URL); nosniff;
 * HSTS when the installation is served over HTTPS. A header a route set
 * itself (the HTML export's stricter CSP) is kept. PDFs, which the app shows
 * in a frame of its own, get only `frame-ancestors 'self'`: a stricter CSP on
 * the PDF itself would stop the browser's viewer.
 */
export function securityHeaders({ publicUrl, frameAncestors = FRAME_ANCESTORS }: SecurityHeadersOptions = {}): MiddlewareHandler {
  const publicOrigin = publicUrl === undefined ? undefined : new URL(publicUrl);
  const framed = frameAncestors.length > 0;

  // 'self' covers same-origin ws: and wss: in current browsers (CSP 3); named as well for those that predate it.
  const socketOrigins = (c: Context) => {
    const host = publicOrigin?.host ?? c.req.header('host') ?? '';
    return PLAIN_HOST.test(host) ? `ws://${host} wss://${host}` : '';
  };

  const headers = secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      // TipTap's remote carets and the positioned popovers set style attributes.
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:', 'blob:'],
      fontSrc: ["'self'"],
      connectSrc: ["'self'", socketOrigins],
      // The PDF preview is an iframe of our own export URL.
      frameSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'none'"],
      formAction: ["'self'"],
      frameAncestors: framed ? [...frameAncestors] : ["'none'"],
    },
    // Not includeSubDomains: PUBLIC_URL may be a path on a domain whose other hosts we know nothing about.
    strictTransportSecurity: publicOrigin?.protocol === 'https:' ? 'max-age=15552000' : false,
    // X-Frame-Options cannot name other sites; once frame-ancestors does, CSP alone decides.
    xFrameOptions: framed ? false : 'DENY',
    referrerPolicy: 'no-referrer',
    xContentTypeOptions: 'nosniff',
    permissionsPolicy: { camera: [], microphone: [], geolocation: [] },
    overwrite: false,
  });

  return (c, next) =>
    headers(c, async () => {
      await next();
      if (c.res.headers.get('content-type')?.startsWith('application/pdf')) {
        c.res.headers.set('content-security-policy', `frame-ancestors 'self'${frameAncestors.map((origin) => ` ${origin}`).join('')}`);
        if (!framed) c.res.headers.set('x-frame-options', 'SAMEORIGIN');
      }
    });
}
