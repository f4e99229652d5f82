import { sql } from 'drizzle-orm';
import { blob, index, integer, primaryKey, sqliteTable, text, uniqueIndex, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { ApproverRole, AuditAction, RemarkAnchor, RequiredApprover, VerificationMethod } from '../../shared/adjustment/types';
import type { HistoryLabel } from '../../shared/api/history';
import type { MeetingKind, MeetingState } from '../../shared/meetingKind';
import type { ActionStatus, AttendeeRole, Presence, StructuredProtocol } from '../../shared/protocol/types';
import type { Role } from '../../shared/roles';

/** The owning meeting; its rows go when the meeting does. */
const meetingRef = () =>
  text('meeting_id')
    .notNull()
    .references((): AnySQLiteColumn => meetings.id, { onDelete: 'cascade' });

const createdAt = () =>
  integer('created_at', { mode: 'timestamp_ms' })
    .notNull()
    .default(sql`(cast(unixepoch('subsec') * 1000 as integer))`);

/** A body (nämnd, styrelse, network) whose meetings form a series with running § numbers. */
export const bodies = sqliteTable('bodies', {
  id: text('id').primaryKey(),
  name: text('name').notNull().unique(),
  createdAt: createdAt(),
});

/**
 * A meeting. `body` is the body's name as given at creation; starts_at,
 * place and first_paragraph follow the document's meeting data at every
 * snapshot.
 */
export const meetings = sqliteTable(
  'meetings',
  {
    id: text('id').primaryKey(),
    title: text('title').notNull(),
    kind: text('kind').$type<MeetingKind>().notNull(),
    body: text('body'),
    bodyId: text('body_id').references(() => bodies.id),
    startsAt: text('starts_at'),
    place: text('place'),
    firstParagraph: integer('first_paragraph').notNull().default(1),
    state: text('state').$type<MeetingState>().notNull().default('draft'),
    createdAt: createdAt(),
  },
  (table) => [index('meetings_body').on(table.bodyId)],
);

/** Invite tokens, stored only as SHA-256 hashes: a database leak grants no access. */
export const invites = sqliteTable(
  'invites',
  {
    tokenHash: text('token_hash').primaryKey(),
    meetingId: meetingRef(),
    role: text('role').$type<Role>().notNull(),
    createdAt: createdAt(),
  },
  (table) => [index('invites_meeting').on(table.meetingId)],
);

/** Browser sessions made from an invite; the cookie holds the secret, the row its hash. */
export const sessions = sqliteTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    meetingId: meetingRef(),
    role: text('role').$type<Role>().notNull(),
    /** Set for a session opened with a personal invitation: whose, so its withdrawal ends the session. */
    attendeeInviteId: text('attendee_invite_id'),
    createdAt: createdAt(),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
    /** Last request or open socket under the session: it ends after SESSION_IDLE_MINUTES without one. */
    lastUsedAt: integer('last_used_at', { mode: 'timestamp_ms' }).notNull(),
    /** Set when the session was ended on purpose ('withdrawn': its invitation was), kept so a reload can say why. */
    endedReason: text('ended_reason').$type<'withdrawn'>(),
  },
  (table) => [index('sessions_meeting').on(table.meetingId)],
);

/** The append log: every accepted Yjs update, written before it is applied or relayed. */
export const updates = sqliteTable(
  'updates',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    meetingId: meetingRef(),
    data: blob('data', { mode: 'buffer' }).notNull(),
    createdAt: createdAt(),
    /*
     * Who sent it (migration 0013), for the history: the person the server
     * knew (a personal invitation or sign-in) and the role of the credential.
     * Both null for the server's own changes and for rows stored before 0013.
     * Two columns, not one name, because a role link's holder has no name
     * the server can vouch for: the history says "secretary", not a guess.
     */
    byName: text('by_name'),
    byRole: text('by_role').$type<Role>(),
  },
  (table) => [index('updates_meeting_id').on(table.meetingId, table.id)],
);

/** Compacted document states; loading = latest snapshot + updates after upToUpdateId. */
export const snapshots = sqliteTable(
  'snapshots',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    meetingId: meetingRef(),
    data: blob('data', { mode: 'buffer' }).notNull(),
    upToUpdateId: integer('up_to_update_id').notNull(),
    createdAt: createdAt(),
  },
  (table) => [index('snapshots_meeting_id').on(table.meetingId, table.id)],
);

/**
 * Named points in a meeting's history (migration 0013): the state of the
 * document after every update up to up_to_update_id. Labels are stable keys
 * (shared/api/history). `state` is the document there encoded without
 * garbage collection (deleted content kept), deflated, filled in after the
 * row is written; a replay starts from the nearest filled one, so it stays bounded.
 */
export const historyCheckpoints = sqliteTable(
  'history_checkpoints',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    meetingId: meetingRef(),
    label: text('label').$type<HistoryLabel>().notNull(),
    upToUpdateId: integer('up_to_update_id').notNull(),
    byName: text('by_name'),
    byRole: text('by_role').$type<Role>(),
    state: blob('state', { mode: 'buffer' }),
    createdAt: createdAt(),
  },
  (table) => [index('history_checkpoints_meeting').on(table.meetingId, table.upToUpdateId)],
);

/**
 * Stored rows of a meeting's document that could not be loaded (an update
 * or snapshot from before the server checked what it stores, or damaged on
 * disk), moved here out of `updates`/`snapshots` so the meeting opens
 * without them; kept, not deleted, for whoever investigates.
 */
export const quarantinedRows = sqliteTable(
  'quarantined_rows',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    meetingId: meetingRef(),
    source: text('source').$type<'update' | 'snapshot'>().notNull(),
    /** Its id in `updates` or `snapshots`. */
    sourceId: integer('source_id').notNull(),
    data: blob('data', { mode: 'buffer' }).notNull(),
    reason: text('reason').notNull(),
    createdAt: createdAt(),
  },
  (table) => [index('quarantined_rows_meeting_id').on(table.meetingId, table.id)],
);

/** Install-wide values generated on first start (the ticket signing key). */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

/*
 * Rows derived from the document at every snapshot, in the snapshot's
 * transaction, replaced as a whole per meeting: queryable structure, never
 * edited by hand.
 */

export const attendees = sqliteTable(
  'attendees',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    meetingId: meetingRef(),
    position: integer('position').notNull(),
    name: text('name').notNull(),
    organization: text('organization').notNull(),
    role: text('role').$type<AttendeeRole>().notNull(),
    presence: text('presence').$type<Presence>().notNull(),
  },
  (table) => [index('attendees_meeting').on(table.meetingId, table.position)],
);

export const agendaItems = sqliteTable(
  'agenda_items',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    meetingId: meetingRef(),
    number: integer('number').notNull(),
    title: text('title').notNull(),
    presenter: text('presenter').notNull(),
    text: text('text').notNull(),
  },
  (table) => [index('agenda_items_meeting').on(table.meetingId, table.number)],
);

export const decisions = sqliteTable(
  'decisions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    meetingId: meetingRef(),
    agendaItemId: integer('agenda_item_id')
      .notNull()
      .references(() => agendaItems.id, { onDelete: 'cascade' }),
    /** 1-based within its paragraph: "§ 20, beslut 1". */
    number: integer('number').notNull(),
    leadIn: text('lead_in').notNull(),
    clauses: text('clauses', { mode: 'json' }).$type<string[]>().notNull(),
    text: text('text').notNull(),
  },
  (table) => [index('decisions_meeting').on(table.meetingId), index('decisions_agenda_item').on(table.agendaItemId)],
);

export const actionItems = sqliteTable(
  'action_items',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    meetingId: meetingRef(),
    agendaItemId: integer('agenda_item_id')
      .notNull()
      .references(() => agendaItems.id, { onDelete: 'cascade' }),
    /** Order within its paragraph. */
    position: integer('position').notNull(),
    assignee: text('assignee').notNull(),
    task: text('task').notNull(),
    due: text('due').notNull(),
    status: text('status').$type<ActionStatus>().notNull(),
  },
  (table) => [index('action_items_meeting').on(table.meetingId, table.status), index('action_items_agenda_item').on(table.agendaItemId)],
);

/*
 * Adjustment (justering). Review rounds, approvals, the lock, remarks,
 * corrections and the audit log. Triggers (migration 0004) make the lock,
 * the approvals of an adjusted meeting and the corrections immutable; 0005
 * makes the audit log append-only and keeps an adjusted meeting's row.
 */

/** One round of review: opened when the secretary sends the protocol for adjustment. */
export const reviews = sqliteTable(
  'reviews',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    meetingId: meetingRef(),
    round: integer('round').notNull(),
    /** The approvers this round needs, frozen from the attendees when it opened. */
    required: text('required', { mode: 'json' }).$type<RequiredApprover[]>().notNull(),
    startedBy: text('started_by').notNull(),
    createdAt: createdAt(),
    /** How the round ended; null while it is open. */
    outcome: text('outcome').$type<'declined' | 'withdrawn' | 'adjusted'>(),
    endedAt: integer('ended_at', { mode: 'timestamp_ms' }),
  },
  (table) => [uniqueIndex('reviews_meeting_round').on(table.meetingId, table.round)],
);

export const approvals = sqliteTable(
  'approvals',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    meetingId: meetingRef(),
    round: integer('round').notNull(),
    name: text('name').notNull(),
    role: text('role').$type<ApproverRole>().notNull(),
    decision: text('decision').$type<'approved' | 'declined'>().notNull(),
    reason: text('reason'),
    /*
     * Who the approver was and how the server knew (migration 0009); null
     * on the rows of rounds decided before approvals needed a verified person.
     */
    attendeeId: text('attendee_id'),
    organization: text('organization'),
    method: text('method').$type<VerificationMethod>(),
    email: text('email'),
    issuer: text('issuer'),
    subject: text('subject'),
    createdAt: createdAt(),
  },
  (table) => [uniqueIndex('approvals_meeting_round_name').on(table.meetingId, table.round, table.name)],
);

/** The lock: the final document bytes, stored once by the adjusting transaction and never rewritten. */
export const adjustments = sqliteTable('adjustments', {
  meetingId: text('meeting_id')
    .primaryKey()
    .references((): AnySQLiteColumn => meetings.id),
  data: blob('data', { mode: 'buffer' }).notNull(),
  sha256: text('sha256').notNull(),
  /** Canonical JSON of the structured protocol at the lock, and its SHA-256. */
  protocolJson: text('protocol_json').notNull(),
  protocolSha256: text('protocol_sha256').notNull(),
  adjustedBy: text('adjusted_by').notNull(),
  adjustedAt: integer('adjusted_at', { mode: 'timestamp_ms' }).notNull(),
});

export const remarks = sqliteTable(
  'remarks',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    meetingId: meetingRef(),
    parentId: integer('parent_id').references((): AnySQLiteColumn => remarks.id),
    anchor: text('anchor', { mode: 'json' }).$type<RemarkAnchor>(),
    text: text('text').notNull(),
    author: text('author').notNull(),
    role: text('role').$type<Role>().notNull(),
    /** The attendee who wrote it when the server knew them (personal invitation or sign-in); null for a role link's holder. */
    attendeeId: text('attendee_id'),
    createdAt: createdAt(),
    resolvedAt: integer('resolved_at', { mode: 'timestamp_ms' }),
    resolvedBy: text('resolved_by'),
  },
  (table) => [index('remarks_meeting').on(table.meetingId, table.id)],
);

/** Rättelser: append-only addenda to an adjusted protocol. */
export const corrections = sqliteTable(
  'corrections',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    meetingId: meetingRef(),
    author: text('author').notNull(),
    role: text('role').$type<Role>().notNull(),
    what: text('what').notNull(),
    why: text('why').notNull(),
    createdAt: createdAt(),
  },
  (table) => [index('corrections_meeting').on(table.meetingId, table.id)],
);

/** Who did what when: state changes, approvals, declines, corrections, joins, exports. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    meetingId: meetingRef(),
    action: text('action').$type<AuditAction>().notNull(),
    role: text('role').$type<Role>(),
    actor: text('actor'),
    detail: text('detail', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    createdAt: createdAt(),
  },
  (table) => [index('audit_log_meeting').on(table.meetingId, table.id)],
);

/** SHA-256 of every export of an adjusted protocol, so POST /api/verify recognises the file. */
export const exportHashes = sqliteTable(
  'export_hashes',
  {
    sha256: text('sha256').primaryKey(),
    meetingId: meetingRef(),
    format: text('format').notNull(),
    createdAt: createdAt(),
  },
  (table) => [index('export_hashes_meeting').on(table.meetingId)],
);

/**
 * Attendees' e-mail addresses, kept by the server and not in the shared
 * document: everyone in a meeting reads the document, and an address there
 * could be read by all or changed by any participant to their own (sign-in
 * matches people by it). Only the secretary sees and sets them.
 */
export const attendeeEmails = sqliteTable(
  'attendee_emails',
  {
    meetingId: meetingRef(),
    attendeeId: text('attendee_id').notNull(),
    email: text('email').notNull(),
    createdAt: createdAt(),
  },
  (table) => [uniqueIndex('attendee_emails_attendee').on(table.meetingId, table.attendeeId), index('attendee_emails_email').on(table.email)],
);

/**
 * Personal invitations: one link per attendee, stored only as a hash, that
 * signs a browser in as that attendee. The role is what the attendee's role
 * in the meeting grants when it is issued. Withdrawing or re-issuing deletes
 * the row, and with it every session opened with it.
 */
export const attendeeInvites = sqliteTable(
  'attendee_invites',
  {
    id: text('id').primaryKey(),
    meetingId: meetingRef(),
    attendeeId: text('attendee_id').notNull(),
    role: text('role').$type<Role>().notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    createdAt: createdAt(),
  },
  (table) => [uniqueIndex('attendee_invites_attendee').on(table.meetingId, table.attendeeId)],
);

/**
 * Sign-ins with the organisation's account (OpenID Connect): the cookie
 * holds the secret, the row only its SHA-256. Who the person is comes from
 * the provider's ID token; e-mail counts for matching attendees only when
 * the provider says it is verified.
 */
export const signIns = sqliteTable(
  'sign_ins',
  {
    id: text('id').primaryKey(),
    tokenHash: text('token_hash').notNull().unique(),
    issuer: text('issuer').notNull(),
    subject: text('subject').notNull(),
    email: text('email'),
    emailVerified: integer('email_verified', { mode: 'boolean' }).notNull(),
    name: text('name'),
    createdAt: createdAt(),
    lastSeenAt: integer('last_seen_at', { mode: 'timestamp_ms' }).notNull(),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [index('sign_ins_expires').on(table.expiresAt), index('sign_ins_person').on(table.issuer, table.subject)],
);

/**
 * The adjusted protocol's PDF/A as signed with the seal (PAdES), rendered
 * and sealed once per state of its corrections (0 = as adjusted) and served
 * byte for byte ever after. Migration 0011 makes the rows immutable.
 */
export const sealedPdfs = sqliteTable(
  'sealed_pdfs',
  {
    meetingId: meetingRef(),
    /** How many corrections (rättelser) the sealed file's addendum holds. */
    corrections: integer('corrections').notNull(),
    data: blob('data', { mode: 'buffer' }).notNull(),
    sha256: text('sha256').notNull(),
    /** The meeting as the document had it when rendered: what the download is named after. */
    meeting: text('meeting', { mode: 'json' }).$type<StructuredProtocol['meeting']>().notNull(),
    createdAt: createdAt(),
  },
  (table) => [primaryKey({ columns: [table.meetingId, table.corrections] })],
);
