import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type OpenDatabase } from '../../db/openDatabase';
import { hashToken } from '../tokens';
import { SignInStore } from './signInStore';

const PERSON = { issuer: 'https://login.tibro.se', subject: 'k-123', email: 'katarina@tibro.se', emailVerified: true, name: 'Katarina Nilsson' };
const MINUTE = 60_000;

let dir: string;
let database: OpenDatabase;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'protokoll-signin-'));
  database = openDatabase(path.join(dir, 'protokoll.db'));
});
afterEach(() => {
  database.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the sign-in store', () => {
  it('keeps only the SHA-256 of the cookie secret', () => {
    const { secret } = new SignInStore(database.db, { idleMs: 30 * MINUTE, absoluteMs: 1000 * MINUTE }).create(PERSON);
    const rows = database.sqlite.prepare('select * from sign_ins').all() as { token_hash: string }[];
    expect(rows).toHaveLength(1);
    expect(rows[0]?.token_hash).toBe(hashToken(secret));
    expect(JSON.stringify(rows)).not.toContain(secret);
  });

  it('ends a session at its absolute end however much it is used', () => {
    const store = new SignInStore(database.db, { idleMs: 30 * MINUTE, absoluteMs: 100 * MINUTE });
    const start = Date.now();
    const { secret, expiresAt } = store.create(PERSON, start);
    expect(expiresAt).toBe(start + 100 * MINUTE);
    for (let minute = 20; minute < 100; minute += 20) expect(store.find(secret, start + minute * MINUTE)).toMatchObject(PERSON);
    expect(store.find(secret, start + 100 * MINUTE)).toBeNull();
  });

  it('ends a session idle for the idle time, counted from its last use', () => {
    const store = new SignInStore(database.db, { idleMs: 30 * MINUTE, absoluteMs: 1000 * MINUTE });
    const start = Date.now();
    const { secret } = store.create(PERSON, start);
    expect(store.find(secret, start + 29 * MINUTE)).not.toBeNull();
    expect(store.find(secret, start + 58 * MINUTE)).not.toBeNull();
    expect(store.find(secret, start + 88 * MINUTE)).toBeNull();
    expect(store.find(secret, start)).toBeNull();
  });

  it('forgets a session at sign-out, and sweeps expired ones when a new one starts', () => {
    const store = new SignInStore(database.db, { idleMs: 30 * MINUTE, absoluteMs: 60 * MINUTE });
    const start = Date.now();
    const first = store.create(PERSON, start);
    const second = store.create(PERSON, start);
    expect(store.delete(first.secret)).toBe(true);
    expect(store.delete(first.secret)).toBe(false);
    expect(store.find(first.secret, start)).toBeNull();
    store.create(PERSON, start + 61 * MINUTE);
    expect(database.sqlite.prepare('select count(*) as n from sign_ins').get()).toEqual({ n: 1 });
    expect(store.find(second.secret, start + 61 * MINUTE)).toBeNull();
  });
});
