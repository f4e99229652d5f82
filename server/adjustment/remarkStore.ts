import { asc, eq } from 'drizzle-orm';
import type { Remark, RemarkAnchor } from '../../shared/adjustment/types';
import type { Role } from '../../shared/roles';
import type { Db } from '../db/openDatabase';
import { remarks } from '../db/schema';

type RemarkRow = typeof remarks.$inferSelect;

/** Remarks (comments) on a meeting's protocol, threaded by parentId. */
export class RemarkStore {
  constructor(private readonly db: Db) {}

  list(meetingId: string): Remark[] {
    return this.db.select().from(remarks).where(eq(remarks.meetingId, meetingId)).orderBy(asc(remarks.id)).all().map(toRemark);
  }

  find(meetingId: string, id: number): Remark | null {
    const row = this.db.select().from(remarks).where(eq(remarks.id, id)).get();
    return row && row.meetingId === meetingId ? toRemark(row) : null;
  }

  add(meetingId: string, remark: { parentId: number | null; anchor: RemarkAnchor | null; text: string; author: string; role: Role; attendeeId: string | null }): Remark {
    return toRemark(this.db.insert(remarks).values({ meetingId, ...remark }).returning().get());
  }

  setResolved(id: number, resolvedBy: string | null): Remark {
    const row = this.db
      .update(remarks)
      .set({ resolvedAt: resolvedBy === null ? null : new Date(), resolvedBy })
      .where(eq(remarks.id, id))
      .returning()
      .get();
    if (!row) throw new Error(`no remark ${id}`);
    return toRemark(row);
  }
}

function toRemark(row: RemarkRow): Remark {
  return {
    id: row.id,
    parentId: row.parentId,
    anchor: row.anchor,
    text: row.text,
    author: row.author,
    role: row.role,
    verified: row.attendeeId !== null,
    createdAt: row.createdAt.toISOString(),
    resolvedAt: row.resolvedAt?.toISOString() ?? null,
    resolvedBy: row.resolvedBy,
  };
}
