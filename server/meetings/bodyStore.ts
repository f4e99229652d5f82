import { eq } from 'drizzle-orm';
import { newToken } from '../auth/tokens';
import type { Db } from '../db/openDatabase';
import { bodies } from '../db/schema';

export type BodyRow = typeof bodies.$inferSelect;

/** Bodies (series of meetings), found by their unique name. */
export class BodyStore {
  constructor(private readonly db: Db) {}

  /** The id of the body with this name, created if new; runs inside the caller's transaction. */
  findOrCreate(name: string): string {
    this.db.insert(bodies).values({ id: newToken(16), name }).onConflictDoNothing({ target: bodies.name }).run();
    const row = this.db.select({ id: bodies.id }).from(bodies).where(eq(bodies.name, name)).get();
    if (!row) throw new Error('body missing after insert');
    return row.id;
  }

  find(id: string): BodyRow | null {
    return this.db.select().from(bodies).where(eq(bodies.id, id)).get() ?? null;
  }
}
