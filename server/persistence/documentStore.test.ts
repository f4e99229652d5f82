import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CredentialStore } from '../auth/credentialStore';
import { openDatabase, type OpenDatabase } from '../db/openDatabase';
import { MeetingStore } from '../meetings/meetingStore';
import { DocumentStore } from './documentStore';

let dir: string;
let database: OpenDatabase;
let store: DocumentStore;
let meetingId: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'protokoll-store-'));
  database = openDatabase(path.join(dir, 'protokoll.db'));
  store = new DocumentStore(database.db);
  meetingId = new MeetingStore(database.db, new CredentialStore(database.db)).create({ title: 'M', kind: 'notes' }).id;
});

afterEach(() => {
  database.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Records every update a doc emits while `edit` runs. */
function editsOf(doc: Y.Doc, edit: () => void): Uint8Array[] {
  const captured: Uint8Array[] = [];
  const listener = (update: Uint8Array) => captured.push(update);
  doc.on('update', listener);
  edit();
  doc.off('update', listener);
  return captured;
}

function rebuild(stored: ReturnType<DocumentStore['load']>): Y.Doc {
  const doc = new Y.Doc();
  if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
  for (const update of stored.updates) Y.applyUpdate(doc, update.data);
  return doc;
}

describe('DocumentStore on a real SQLite file', () => {
  it('uses WAL and creates the schema on first open', () => {
    expect(database.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(fs.existsSync(path.join(dir, 'protokoll.db'))).toBe(true);
  });

  it('round-trips appended updates, then a compaction that keeps the log as history, to an equal document', () => {
    const source = new Y.Doc();
    const text = source.getText('t');
    const first = editsOf(source, () => {
      text.insert(0, 'Mötet beslutar att ');
      text.insert(text.length, 'godkänna dagordningen.');
    });
    const ids = first.map((update) => store.append(meetingId, update));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));

    const loaded = store.load(meetingId);
    expect(loaded.snapshot).toBeNull();
    expect(loaded.updates.map((u) => u.id)).toEqual(ids);
    expect(loaded.lastUpdateId).toBe(ids.at(-1));
    expect(rebuild(loaded).getText('t').toJSON()).toBe(text.toJSON());

    store.compact(meetingId, Y.encodeStateAsUpdate(rebuild(loaded)), loaded.lastUpdateId);
    // The history keeps every row; a load reads the snapshot and nothing before it.
    expect(store.countUpdates(meetingId)).toBe(ids.length);
    expect(store.load(meetingId)).toMatchObject({ updates: [], lastUpdateId: ids.at(-1) });

    const later = editsOf(source, () => text.delete(0, 6));
    for (const update of later) store.append(meetingId, update);

    database.close();
    database = openDatabase(path.join(dir, 'protokoll.db'));
    store = new DocumentStore(database.db);
    const reloaded = store.load(meetingId);
    expect(reloaded.snapshot).not.toBeNull();
    expect(reloaded.updates).toHaveLength(later.length);
    expect(store.countUpdates(meetingId)).toBe(ids.length + later.length);
    const rebuilt = rebuild(reloaded);
    expect(rebuilt.getText('t').toJSON()).toBe(text.toJSON());
    expect(Y.encodeStateVector(rebuilt)).toEqual(Y.encodeStateVector(source));
  });

  it('keeps updates appended after the compacted point', () => {
    const doc = new Y.Doc();
    const [a] = editsOf(doc, () => doc.getText('t').insert(0, 'a'));
    const idA = store.append(meetingId, a!);
    const [b] = editsOf(doc, () => doc.getText('t').insert(1, 'b'));
    store.append(meetingId, b!);
    const upToA = new Y.Doc();
    Y.applyUpdate(upToA, a!);
    store.compact(meetingId, Y.encodeStateAsUpdate(upToA), idA);
    expect(rebuild(store.load(meetingId)).getText('t').toJSON()).toBe('ab');
  });

  it('prunes old snapshots but keeps the newest, and every row of the log', () => {
    const doc = new Y.Doc();
    for (let i = 0; i < 8; i++) {
      const [update] = editsOf(doc, () => doc.getText('t').insert(0, String(i)));
      const id = store.append(meetingId, update!);
      store.compact(meetingId, Y.encodeStateAsUpdate(doc), id);
    }
    const count = database.sqlite.prepare('select count(*) as n from snapshots where meeting_id = ?').get(meetingId) as { n: number };
    expect(count.n).toBe(5);
    expect(store.countUpdates(meetingId)).toBe(8);
    expect(rebuild(store.load(meetingId)).getText('t').toJSON()).toBe('76543210');
    // The log reaches back to the empty document: the history needs no snapshot to start from.
    expect(store.historyBase(meetingId)).toBeNull();
  });

  it('never prunes the snapshot the history starts from (a seeded document), however many follow', () => {
    const doc = new Y.Doc();
    doc.getText('t').insert(0, 'Dagordning');
    store.compact(meetingId, Y.encodeStateAsUpdate(doc), 0);
    const seed = store.historyBase(meetingId);
    expect(seed?.upToUpdateId).toBe(0);
    for (let i = 0; i < 8; i++) {
      const [update] = editsOf(doc, () => doc.getText('t').insert(doc.getText('t').length, String(i)));
      store.compact(meetingId, Y.encodeStateAsUpdate(doc), store.append(meetingId, update!));
    }
    const ids = (database.sqlite.prepare('select id from snapshots where meeting_id = ? order by id').all(meetingId) as { id: number }[]).map((row) => row.id);
    expect(ids).toHaveLength(6);
    expect(ids[0]).toBe(seed?.id);
    expect(store.historyBase(meetingId)?.id).toBe(seed?.id);
  });

  it('stores who sent each update: the person and the role, or neither for the server', () => {
    store.append(meetingId, Y.encodeStateAsUpdate(new Y.Doc()), { name: 'Hillevi Larsson', role: 'secretary' });
    store.append(meetingId, Y.encodeStateAsUpdate(new Y.Doc()), { name: null, role: 'participant' });
    store.append(meetingId, Y.encodeStateAsUpdate(new Y.Doc()));
    const rows = database.sqlite.prepare('select by_name as name, by_role as role from updates where meeting_id = ? order by id').all(meetingId);
    expect(rows).toEqual([
      { name: 'Hillevi Larsson', role: 'secretary' },
      { name: null, role: 'participant' },
      { name: null, role: null },
    ]);
  });

  it('refuses an update for a meeting that does not exist and writes nothing', () => {
    expect(() => store.append('no-such-meeting', new Uint8Array([0, 0]))).toThrow();
    const count = database.sqlite.prepare('select count(*) as n from updates').get() as { n: number };
    expect(count.n).toBe(0);
  });
});
