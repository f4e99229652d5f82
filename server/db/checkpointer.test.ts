import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, expect, it } from 'vitest';
import { startCheckpointer } from './checkpointer';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

it('moves the WAL into the database file from a worker while the writer never checkpoints', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'protokoll-ckpt-'));
  dirs.push(dir);
  const file = path.join(dir, 'x.db');
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('wal_autocheckpoint = 0');
  db.exec('create table t (x blob)');
  const insert = db.prepare('insert into t values (?)');
  for (let i = 0; i < 200; i++) insert.run(Buffer.alloc(1000));
  const sizeBefore = fs.statSync(file).size;
  const errors: string[] = [];
  const checkpointer = startCheckpointer(file, (message) => errors.push(message), 10);
  await expect.poll(() => fs.statSync(file).size, { timeout: 5000 }).toBeGreaterThan(sizeBefore + 100_000);
  checkpointer.stop();
  expect(errors).toEqual([]);
  expect((db.prepare('select count(*) as n from t').get() as { n: number }).n).toBe(200);
  db.close();
});
