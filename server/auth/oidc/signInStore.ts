import { eq, lte } from 'drizzle-orm';
import type { Db } from '../../db/openDatabase';
import { signIns } from '../../db/schema';
import { hashToken, newToken } from '../tokens';

/** Who the provider said signed in (from the verified ID token). */
export interface ProviderPerson {
  issuer: string;
  subject: string;
  email: string | null;
  emailVerified: boolean;
  name: string | null;
}

export interface StoredSignIn extends ProviderPerson {
  id: string;
}

/** Writing last_seen_at on every request would make each read a write; this close is close enough for an idle limit of minutes. */
const TOUCH_AFTER_MS = 60_000;

/** Sign-in sessions in SQLite; the cookie's secret is stored only as its SHA-256. */
export class SignInStore {
  constructor(
    private readonly db: Db,
    private readonly limits: { idleMs: number; absoluteMs: number },
  ) {}

  /** Starts a session; returns the secret for the cookie (shown once) and when it ends at the latest. */
  create(person: ProviderPerson, now = Date.now()): { id: string; secret: string; expiresAt: number } {
    const id = newToken(16);
    const secret = newToken();
    const expiresAt = now + this.limits.absoluteMs;
    this.db.transaction((tx) => {
      tx.delete(signIns).where(lte(signIns.expiresAt, new Date(now))).run();
      tx.insert(signIns)
        .values({ id, tokenHash: hashToken(secret), ...person, createdAt: new Date(now), lastSeenAt: new Date(now), expiresAt: new Date(expiresAt) })
        .run();
    });
    return { id, secret, expiresAt };
  }

  /** The session of a cookie secret, if neither idle too long nor past its absolute end; using it keeps it alive. */
  find(secret: string, now = Date.now()): StoredSignIn | null {
    const row = this.db.select().from(signIns).where(eq(signIns.tokenHash, hashToken(secret))).get();
    if (row === undefined) return null;
    if (row.expiresAt.getTime() <= now || row.lastSeenAt.getTime() + this.limits.idleMs <= now) {
      this.db.delete(signIns).where(eq(signIns.id, row.id)).run();
      return null;
    }
    if (now - row.lastSeenAt.getTime() >= TOUCH_AFTER_MS) {
      this.db.update(signIns).set({ lastSeenAt: new Date(now) }).where(eq(signIns.id, row.id)).run();
    }
    return { id: row.id, issuer: row.issuer, subject: row.subject, email: row.email, emailVerified: row.emailVerified, name: row.name };
  }

  /** Ends the session of a cookie secret; false when there was none. */
  delete(secret: string): boolean {
    return this.db.delete(signIns).where(eq(signIns.tokenHash, hashToken(secret))).run().changes > 0;
  }
}
