/**
 * Which page origins may use the browser session cookie: the server's own
 * (as the Host header names it), PUBLIC_URL's, and ALLOWED_ORIGINS.
 */
export class OriginPolicy {
  private readonly allowed: Set<string>;

  constructor(allowedOrigins: string[], publicUrl?: string) {
    this.allowed = new Set(allowedOrigins.map((origin) => new URL(origin).origin));
    if (publicUrl) this.allowed.add(new URL(publicUrl).origin);
  }

  /** A missing Origin means a non-browser client, which cannot hold our cookie by accident. */
  allows(origin: string | undefined, host: string | undefined): boolean {
    if (!origin) return true;
    if (this.allowed.has(origin)) return true;
    if (!host) return false;
    return origin === `http://${host}` || origin === `https://${host}`;
  }
}
