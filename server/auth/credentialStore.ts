import { and, eq, gt } from 'drizzle-orm';
import { ROLES, type Role } from '../../shared/roles';
import type { Db } from '../db/openDatabase';
import { invites, sessions, settings } from '../db/schema';
import { hashToken, newToken } from './tokens';

/** A browser session lasts as long as a protocol may take to be adjusted, with margin. */
export const SESSION_TTL_MS = 30 * 24 * 60 * 60_000;

export interface Grant {
  meetingId: string;
  role: Role;
}

/** Invite tokens and browser sessions, stored as hashes only. */
export class CredentialStore {
  constructor(private readonly db: Db) {}

  /** One fresh invite token per role; returns the plain tokens (shown once, never stored). */
  createInvites(tx: Pick<Db, 'insert'>, meetingId: string): Record<Role, string> {
    const tokens = Object.fromEntries(ROLES.map((role) => [role, newToken()])) as Record<Role, string>;
    tx.insert(invites)
      .values(ROLES.map((role) => ({ tokenHash: hashToken(tokens[role]), meetingId, role })))
      .run();
    return tokens;
  }

  findInvite(token: string): Grant | null {
    return (
      this.db
        .select({ meetingId: invites.meetingId, role: invites.role })
        .from(invites)
        .where(eq(invites.tokenHash, hashToken(token)))
        .get() ?? null
    );
  }

  /**
   * A new invite for one role of a meeting in place of the old: the old
   * token stops working, and so do the sessions opened with it (each role
   * has one invite, so every session of the role), in one transaction.
   * Returns the new plain token.
   */
  rotateInvite(meetingId: string, role: Role, now = Date.now()): string {
    const token = newToken();
    this.db.transaction((tx) => {
      tx.delete(invites).where(and(eq(invites.meetingId, meetingId), eq(invites.role, role))).run();
      tx.delete(sessions).where(and(eq(sessions.meetingId, meetingId), eq(sessions.role, role))).run();
      tx.insert(invites).values({ tokenHash: hashToken(token), meetingId, role, createdAt: new Date(now) }).run();
    });
    return token;
  }

  /** When the role's current invite was issued: tickets issued earlier came from a withdrawn one. */
  inviteIssuedAt(meetingId: string, role: Role): number | null {
    const row = this.db
      .select({ createdAt: invites.createdAt })
      .from(invites)
      .where(and(eq(invites.meetingId, meetingId), eq(invites.role, role)))
      .get();
    return row ? row.createdAt.getTime() : null;
  }

  createSession(grant: Grant, now = Date.now()): { secret: string; expiresAt: number } {
    const secret = newToken();
    const expiresAt = now + SESSION_TTL_MS;
    this.db
      .insert(sessions)
      .values({ tokenHash: hashToken(secret), meetingId: grant.meetingId, role: grant.role, expiresAt: new Date(expiresAt) })
      .run();
    return { secret, expiresAt };
  }

  /** The role of an unexpired session secret for this meeting, or null. */
  findSession(meetingId: string, secret: string, now = Date.now()): Role | null {
    const row = this.db
      .select({ role: sessions.role })
      .from(sessions)
      .where(and(eq(sessions.tokenHash, hashToken(secret)), eq(sessions.meetingId, meetingId), gt(sessions.expiresAt, new Date(now))))
      .get();
    return row?.role ?? null;
  }

  /** The install's ticket signing key, made on first start and kept across restarts. */
  ticketKey(): string {
    const key = newToken();
    this.db.insert(settings).values({ key: 'ticket_key', value: key }).onConflictDoNothing().run();
    const row = this.db.select({ value: settings.value }).from(settings).where(eq(settings.key, 'ticket_key')).get();
    if (!row) throw new Error('ticket key missing after insert');
    return row.value;
  }
}
