import { newToken } from '../tokens';

/** What a login started with and its callback must match. */
export interface PendingLogin {
  state: string;
  nonce: string;
  codeVerifier: string;
  returnPath: string;
}

/** A person has this long at the provider's login page before the login must be started again. */
export const PENDING_LOGIN_TTL_MS = 10 * 60_000;
/** Bounds memory against a script that starts logins and never finishes them; the oldest give way. */
const MAX_PENDING = 10_000;

/**
 * Logins started and not yet come back, by a random id the browser holds
 * in a cookie, so a callback counts only in the browser that started it
 * (otherwise someone could send a victim the callback of their own login).
 * In memory: a restart only makes the people on the login page start again.
 */
export class PendingLogins {
  private readonly entries = new Map<string, { login: PendingLogin; expiresAt: number }>();

  constructor(private readonly ttlMs = PENDING_LOGIN_TTL_MS) {}

  /** Keeps a started login; returns the id for the browser's cookie. */
  add(login: PendingLogin, now = Date.now()): string {
    this.sweep(now);
    while (this.entries.size >= MAX_PENDING) {
      const oldest = this.entries.keys().next();
      if (oldest.done) break;
      this.entries.delete(oldest.value);
    }
    const id = newToken();
    this.entries.set(id, { login, expiresAt: now + this.ttlMs });
    return id;
  }

  /** The login and forgets it: a callback is used once, whatever its outcome. */
  take(id: string | undefined, now = Date.now()): PendingLogin | null {
    if (id === undefined) return null;
    const entry = this.entries.get(id);
    if (entry === undefined) return null;
    this.entries.delete(id);
    return entry.expiresAt > now ? entry.login : null;
  }

  private sweep(now: number): void {
    // Insertion order is expiry order (one TTL for all), so the expired ones are at the front.
    for (const [id, entry] of this.entries) {
      if (entry.expiresAt > now) break;
      this.entries.delete(id);
    }
  }
}
