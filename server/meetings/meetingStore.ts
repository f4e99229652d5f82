import { asc, desc, eq, inArray } from 'drizzle-orm';
import type { CreateMeetingRequest } from '../../shared/api/types';
import type { Role } from '../../shared/roles';
import type { CredentialStore } from '../auth/credentialStore';
import { newToken } from '../auth/tokens';
import type { Db } from '../db/openDatabase';
import { meetings } from '../db/schema';

export type MeetingRow = typeof meetings.$inferSelect;

/** The meeting row as it is created; the document is seeded by MeetingCreator. */
export type NewMeetingRow = Omit<CreateMeetingRequest, 'template'> & { bodyId?: string | null };

export class MeetingStore {
  constructor(
    private readonly db: Db,
    private readonly credentials: CredentialStore,
  ) {}

  /** Creates the meeting and one invite per role in one transaction (nested in the caller's, if any). */
  create(input: NewMeetingRow, id = newToken(16)): { id: string; tokens: Record<Role, string> } {
    const tokens = this.db.transaction((tx) => {
      tx.insert(meetings)
        .values({
          id,
          title: input.title,
          kind: input.kind,
          body: input.body ?? null,
          bodyId: input.bodyId ?? null,
          startsAt: input.startsAt ?? null,
          place: input.place ?? null,
          firstParagraph: input.firstParagraph ?? 1,
        })
        .run();
      return this.credentials.createInvites(tx, id);
    });
    return { id, tokens };
  }

  find(id: string): MeetingRow | null {
    return this.db.select().from(meetings).where(eq(meetings.id, id)).get() ?? null;
  }

  exists(id: string): boolean {
    return this.db.select({ id: meetings.id }).from(meetings).where(eq(meetings.id, id)).get() !== undefined;
  }

  findMany(ids: string[]): MeetingRow[] {
    if (ids.length === 0) return [];
    return this.db.select().from(meetings).where(inArray(meetings.id, ids)).orderBy(desc(meetings.createdAt)).all();
  }

  /** The meetings of a body, oldest first. */
  findByBody(bodyId: string): MeetingRow[] {
    return this.db.select().from(meetings).where(eq(meetings.bodyId, bodyId)).orderBy(asc(meetings.createdAt), asc(meetings.id)).all();
  }
}
