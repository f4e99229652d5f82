import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from './openDatabase';

const MIGRATIONS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'protokoll-migrate-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A database as the first release left it: only the first migration, with meetings in it. */
function firstReleaseDatabase(file: string): void {
  const first = path.join(dir, 'first');
  fs.mkdirSync(path.join(first, 'meta'), { recursive: true });
  const journal = JSON.parse(fs.readFileSync(path.join(MIGRATIONS, 'meta/_journal.json'), 'utf8')) as { entries: unknown[] };
  fs.writeFileSync(path.join(first, 'meta/_journal.json'), JSON.stringify({ ...journal, entries: journal.entries.slice(0, 1) }));
  fs.copyFileSync(path.join(MIGRATIONS, '0000_init.sql'), path.join(first, '0000_init.sql'));
  const sqlite = new Database(file);
  migrate(drizzle(sqlite), { migrationsFolder: first });
  sqlite.exec(`
    insert into meetings (id, title, kind, body) values ('a', 'Februari', 'protocol', 'Styrelsen'), ('b', 'Mars', 'protocol', 'Styrelsen'), ('c', 'Nätverk', 'notes', null);
    insert into invites (token_hash, meeting_id, role) values ('h', 'a', 'secretary');
  `);
  sqlite.close();
}

describe('migrations', () => {
  it('upgrade a first-release database in place: bodies made from meeting names, nothing lost', () => {
    const file = path.join(dir, 'protokoll.db');
    firstReleaseDatabase(file);
    const database = openDatabase(file);
    try {
      const rows = database.sqlite.prepare('select m.id, m.body_id as bodyId, b.name from meetings m left join bodies b on b.id = m.body_id order by m.id').all() as {
        id: string;
        bodyId: string | null;
        name: string | null;
      }[];
      expect(rows.map(({ id, name }) => [id, name])).toEqual([
        ['a', 'Styrelsen'],
        ['b', 'Styrelsen'],
        ['c', null],
      ]);
      expect(rows[0]?.bodyId).toBe(rows[1]?.bodyId);
      expect(database.sqlite.prepare('select count(*) as n from invites').get()).toEqual({ n: 1 });
      expect(database.sqlite.pragma('foreign_key_check')).toEqual([]);
    } finally {
      database.close();
    }
  });
});
