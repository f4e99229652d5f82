import { sql } from 'drizzle-orm';
import { blob, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { MeetingKind, MeetingState } from '../../shared/meetingKind';
import type { Role } from '../../shared/roles';

const createdAt = () =>
  integer('created_at', { mode: 'timestamp_ms' })
    .notNull()
    .default(sql`(cast(unixepoch('subsec') * 1000 as integer))`);

export const meetings = sqliteTable('meetings', {
  id: text('id').primaryKey(),
  title: text('title').notNull(),
  kind: text('kind').$type<MeetingKind>().notNull(),
  body: text('body'),
  startsAt: text('starts_at'),
  place: text('place'),
  firstParagraph: integer('first_paragraph').notNull().default(1),
  state: text('state').$type<MeetingState>().notNull().default('draft'),
  createdAt: createdAt(),
});

/** Invite tokens, stored only as SHA-256 hashes: a database leak grants no access. */
export const invites = sqliteTable(
  'invites',
  {
    tokenHash: text('token_hash').primaryKey(),
    meetingId: text('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
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
    meetingId: text('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    role: text('role').$type<Role>().notNull(),
    createdAt: createdAt(),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [index('sessions_meeting').on(table.meetingId)],
);

/** The append log: every accepted Yjs update, written before it is applied or relayed. */
export const updates = sqliteTable(
  'updates',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    meetingId: text('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    data: blob('data', { mode: 'buffer' }).notNull(),
    createdAt: createdAt(),
  },
  (table) => [index('updates_meeting_id').on(table.meetingId, table.id)],
);

/** Compacted document states; loading = latest snapshot + updates after upToUpdateId. */
export const snapshots = sqliteTable(
  'snapshots',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    meetingId: text('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    data: blob('data', { mode: 'buffer' }).notNull(),
    upToUpdateId: integer('up_to_update_id').notNull(),
    createdAt: createdAt(),
  },
  (table) => [index('snapshots_meeting_id').on(table.meetingId, table.id)],
);

/** Install-wide values generated on first start (the ticket signing key). */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});
