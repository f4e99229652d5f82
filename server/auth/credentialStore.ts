import { randomUUID } from 'node:crypto';
import { and, eq, gt, isNull, min } from 'drizzle-orm';
import { ROLES, type Role } from '../../shared/roles';
import type { Db } from '../db/openDatabase';
import { attendeeInvites, invites, sessions, settings } from '../db/schema';
import { hashToken, newToken } from './tokens';

/** A browser session lasts as long as a protocol may take to be adjusted, with margin. */
export const SESSION_TTL_MS = 30 * 24 * 60 * 60_000;

/** A session not used for this long ends (SESSION_IDLE_MINUTES): two weeks spans preparing a meeting and adjusting it. */
export const DEFAULT_SESSION_IDLE_MS = 14 * 24 * 60 * 60_000;

/** How a withdrawal ends a session: at once, with the reason kept for the browser that comes back with it. */
const WITHDRAWN = { endedReason: 'withdrawn' as const, expiresAt: new Date(0) };

/** A session's last use is written at most this often: a request or socket sweep every second must not write every time. */
const LAST_USED_RESOLUTION_MS = 60_000;

export interface Grant {
  meetingId: string;
  role: Role;
  /** Set when the credential is a personal invitation (or a session or ticket made from one). */
  person?: PersonalGrant | undefined;
  /** The hash of the browser session the credential is or was issued under: when it ends, so do its tickets and sockets. */
  session?: string | undefined;
}

/** Who a personal invitation names: the attendee, and the invitation (to withdraw what was opened with it). */
export interface PersonalGrant {
  attendeeId: string;
  inviteId: string;
}

/** Invite tokens and browser sessions, stored as hashes only. */
export class CredentialStore {
  constructor(
    private readonly db: Db,
    private readonly sessionIdleMs = DEFAULT_SESSION_IDLE_MS,
  ) {}

  /** One fresh invite token per role; returns the plain tokens (shown once, never stored). */
  createInvites(tx: Pick<Db, 'insert'>, meetingId: string): Record<Role, string> {
    const tokens = Object.fromEntries(ROLES.map((role) => [role, newToken()])) as Record<Role, string>;
    tx.insert(invites)
      .values(ROLES.map((role) => ({ tokenHash: hashToken(tokens[role]), meetingId, role })))
      .run();
    return tokens;
  }

  /** What a role link or a personal invitation grants, or null. */
  findInvite(token: string): Grant | null {
    const tokenHash = hashToken(token);
    const roleLink = this.db.select({ meetingId: invites.meetingId, role: invites.role }).from(invites).where(eq(invites.tokenHash, tokenHash)).get();
    if (roleLink) return roleLink;
    const personal = this.db.select().from(attendeeInvites).where(eq(attendeeInvites.tokenHash, tokenHash)).get();
    return personal ? { meetingId: personal.meetingId, role: personal.role, person: { attendeeId: personal.attendeeId, inviteId: personal.id } } : null;
  }

  /**
   * A personal invitation for one attendee, granting `role`; one the
   * attendee held before is withdrawn with its sessions, in the same
   * transaction. Returns the plain token (shown once, never stored) and the
   * invitation's id.
   */
  issuePersonalInvite(meetingId: string, attendeeId: string, role: Role): { token: string; inviteId: string; withdrawn: string | null } {
    const token = newToken();
    const inviteId = randomUUID();
    const withdrawn = this.db.transaction((tx) => {
      const old = this.withdrawIn(tx, meetingId, attendeeId);
      tx.insert(attendeeInvites).values({ id: inviteId, meetingId, attendeeId, role, tokenHash: hashToken(token) }).run();
      return old;
    });
    return { token, inviteId, withdrawn };
  }

  /** Withdraws an attendee's personal invitation and its sessions; answers its id, or null when there was none. */
  withdrawPersonalInvite(meetingId: string, attendeeId: string): string | null {
    return this.db.transaction((tx) => this.withdrawIn(tx, meetingId, attendeeId));
  }

  /** The attendee a standing personal invitation names. */
  personOf(inviteId: string): PersonalGrant | null {
    const row = this.db.select({ attendeeId: attendeeInvites.attendeeId }).from(attendeeInvites).where(eq(attendeeInvites.id, inviteId)).get();
    return row ? { attendeeId: row.attendeeId, inviteId } : null;
  }

  /** Attendees of a meeting that hold a personal invitation: when it was issued, and when a browser first opened it (null: not yet). */
  personalInvites(meetingId: string): Map<string, { issuedAt: Date; openedAt: Date | null }> {
    const rows = this.db
      .select({ attendeeId: attendeeInvites.attendeeId, issuedAt: attendeeInvites.createdAt, openedAt: min(sessions.createdAt) })
      .from(attendeeInvites)
      .leftJoin(sessions, eq(sessions.attendeeInviteId, attendeeInvites.id))
      .where(eq(attendeeInvites.meetingId, meetingId))
      .groupBy(attendeeInvites.id)
      .all();
    return new Map(rows.map((row) => [row.attendeeId, { issuedAt: row.issuedAt, openedAt: row.openedAt === null ? null : new Date(row.openedAt) }]));
  }

  private withdrawIn(tx: Pick<Db, 'select' | 'delete' | 'update'>, meetingId: string, attendeeId: string): string | null {
    const old = tx
      .select({ id: attendeeInvites.id })
      .from(attendeeInvites)
      .where(and(eq(attendeeInvites.meetingId, meetingId), eq(attendeeInvites.attendeeId, attendeeId)))
      .get();
    if (!old) return null;
    tx.update(sessions).set(WITHDRAWN).where(eq(sessions.attendeeInviteId, old.id)).run();
    tx.delete(attendeeInvites).where(eq(attendeeInvites.id, old.id)).run();
    return old.id;
  }

  /**
   * A new invite for one role of a meeting in place of the old: the old
   * token stops working, and so do the sessions opened with it (each role
   * has one link, so every session of the role not opened with a personal
   * invitation), in one transaction.
   * Returns the new plain token.
   */
  rotateInvite(meetingId: string, role: Role, now = Date.now()): string {
    const token = newToken();
    this.db.transaction((tx) => {
      tx.delete(invites).where(and(eq(invites.meetingId, meetingId), eq(invites.role, role))).run();
      tx.update(sessions)
        .set(WITHDRAWN)
        .where(and(eq(sessions.meetingId, meetingId), eq(sessions.role, role), isNull(sessions.attendeeInviteId)))
        .run();
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
      .values({
        tokenHash: hashToken(secret),
        meetingId: grant.meetingId,
        role: grant.role,
        attendeeInviteId: grant.person?.inviteId ?? null,
        expiresAt: new Date(expiresAt),
        lastUsedAt: new Date(now),
      })
      .run();
    return { secret, expiresAt };
  }

  /** What an unexpired session secret for this meeting grants, or null; counts as a use of the session. */
  findSessionGrant(meetingId: string, secret: string, now = Date.now()): Grant | null {
    return this.sessionGrantByHash(meetingId, hashToken(secret), now);
  }

  /**
   * What the session with this hash grants while it lives (not past its
   * 30 days, not idle for longer than allowed, its invitation not
   * withdrawn), or null; counts as a use. Tickets and open sockets name
   * their session by hash, never by its secret.
   */
  sessionGrantByHash(meetingId: string, tokenHash: string, now = Date.now()): Grant | null {
    const row = this.db
      .select({ role: sessions.role, inviteId: sessions.attendeeInviteId, attendeeId: attendeeInvites.attendeeId, lastUsedAt: sessions.lastUsedAt })
      .from(sessions)
      .leftJoin(attendeeInvites, eq(attendeeInvites.id, sessions.attendeeInviteId))
      .where(
        and(
          eq(sessions.tokenHash, tokenHash),
          eq(sessions.meetingId, meetingId),
          gt(sessions.expiresAt, new Date(now)),
          gt(sessions.lastUsedAt, new Date(now - this.sessionIdleMs)),
        ),
      )
      .get();
    if (!row) return null;
    // A session of a withdrawn invitation is ended with it; the join guards against one left behind.
    if (row.inviteId !== null && row.attendeeId === null) return null;
    if (now - row.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS) {
      this.db.update(sessions).set({ lastUsedAt: new Date(now) }).where(eq(sessions.tokenHash, tokenHash)).run();
    }
    const person = row.inviteId !== null && row.attendeeId !== null ? { attendeeId: row.attendeeId, inviteId: row.inviteId } : undefined;
    return { meetingId, role: row.role, session: tokenHash, ...(person ? { person } : {}) };
  }

  /** Why the session with this hash was ended on purpose, if it was: a withdrawn invitation. */
  endedReason(meetingId: string, tokenHash: string): 'withdrawn' | null {
    const row = this.db
      .select({ endedReason: sessions.endedReason })
      .from(sessions)
      .where(and(eq(sessions.tokenHash, tokenHash), eq(sessions.meetingId, meetingId)))
      .get();
    return row?.endedReason ?? null;
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
