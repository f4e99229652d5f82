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

  describe('guard what the adjustment must keep', () => {
    let database: ReturnType<typeof openDatabase>;
    beforeEach(() => {
      database = openDatabase(path.join(dir, 'protokoll.db'));
      database.sqlite.exec(`
        insert into meetings (id, title, kind, state) values ('locked', 'Februari', 'protocol', 'review'), ('draft', 'Mars', 'protocol', 'draft');
        insert into audit_log (meeting_id, action, role, actor, detail) values ('locked', 'created', 'secretary', null, '{}'), ('draft', 'created', 'secretary', null, '{}');
        insert into invites (token_hash, meeting_id, role) values ('h', 'draft', 'secretary');
        update meetings set state = 'adjusted' where id = 'locked';
        insert into adjustments (meeting_id, data, sha256, protocol_json, protocol_sha256, adjusted_by, adjusted_at) values ('locked', x'00', 'a', '{}', 'b', 'Anna Ek', 0);
      `);
    });
    afterEach(() => database.close());

    const count = (sql: string) => (database.sqlite.prepare(sql).get() as { n: number }).n;

    it('keep the audit log append-only: no entry can be changed or deleted', () => {
      expect(() => database.sqlite.prepare("update audit_log set actor = 'någon annan'").run()).toThrow(/audit log is append-only/);
      expect(() => database.sqlite.prepare('delete from audit_log').run()).toThrow(/audit log is append-only/);
      expect(count('select count(*) as n from audit_log')).toBe(2);
    });

    it('keep an adjusted meeting, its id and its state, with foreign keys on or off', () => {
      for (const foreignKeys of ['ON', 'OFF']) {
        database.sqlite.pragma(`foreign_keys = ${foreignKeys}`);
        expect(() => database.sqlite.prepare("delete from meetings where id = 'locked'").run(), foreignKeys).toThrow(/locked/);
        expect(() => database.sqlite.prepare("update meetings set id = 'other' where id = 'locked'").run(), foreignKeys).toThrow(/locked/);
        expect(() => database.sqlite.prepare("update meetings set state = 'draft' where id = 'locked'").run(), foreignKeys).toThrow(/locked/);
      }
      expect(count("select count(*) as n from adjustments a join meetings m on m.id = a.meeting_id where m.state = 'adjusted'")).toBe(1);
    });

    it('keep the id and state of a meeting the lock transaction has marked adjusted, while it may still write the meeting data', () => {
      database.sqlite.exec("insert into meetings (id, title, kind, state) values ('locking', 'April', 'protocol', 'review'); update meetings set state = 'adjusted' where id = 'locking';");
      database.sqlite.prepare("update meetings set place = 'Teams', starts_at = '2025-04-01' where id = 'locking'").run();
      expect(() => database.sqlite.prepare("update meetings set state = 'review' where id = 'locking'").run()).toThrow(/locked/);
      expect(() => database.sqlite.prepare("update meetings set id = 'x' where id = 'locking'").run()).toThrow(/locked/);
      database.sqlite.pragma('foreign_keys = OFF');
      expect(() => database.sqlite.prepare("delete from meetings where id = 'locking'").run()).toThrow(/locked/);
    });

    it('let a draft meeting be deleted only without taking its audit entries along (the product itself deletes no meetings)', () => {
      // With foreign keys on, deleting the meeting would cascade to its audit entries, which are append-only.
      expect(() => database.sqlite.prepare("delete from meetings where id = 'draft'").run()).toThrow(/audit log is append-only/);
      database.sqlite.exec("insert into meetings (id, title, kind) values ('empty', 'Maj', 'protocol'); insert into invites (token_hash, meeting_id, role) values ('e', 'empty', 'secretary');");
      database.sqlite.prepare("delete from meetings where id = 'empty'").run();
      expect(count("select count(*) as n from invites where meeting_id = 'empty'")).toBe(0);
      database.sqlite.pragma('foreign_keys = OFF');
      database.sqlite.prepare("delete from meetings where id = 'draft'").run();
      expect(count("select count(*) as n from meetings where id = 'draft'")).toBe(0);
      expect(count("select count(*) as n from audit_log where meeting_id = 'draft'")).toBe(1);
    });
  });
});
