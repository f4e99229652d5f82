import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CredentialStore } from '../auth/credentialStore';
import { openDatabase, type OpenDatabase } from '../db/openDatabase';
import { createLogger } from '../logger';
import { MeetingStore } from '../meetings/meetingStore';
import { DocumentStore } from '../persistence/documentStore';
import { halfApplyingUpdate } from '../testing/halfApplyingUpdate';
import { HistoryRecorder } from './historyRecorder';
import { HistoryStore } from './historyStore';
import { replayHistory, type HistorySource } from './replayHistory';

let dir: string;
let database: OpenDatabase;
let documents: DocumentStore;
let history: HistoryStore;
let source: HistorySource;
let mine: string;
let other: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'protokoll-history-'));
  database = openDatabase(path.join(dir, 'protokoll.db'));
  documents = new DocumentStore(database.db);
  history = new HistoryStore(database.db);
  source = { historyBase: (id) => documents.historyBase(id), nearestState: (id, upTo) => history.nearestState(id, upTo), rows: (id, after, upTo) => history.rows(id, after, upTo) };
  const meetings = new MeetingStore(database.db, new CredentialStore(database.db));
  mine = meetings.create({ title: 'Styrelsemöte', kind: 'protocol' }).id;
  other = meetings.create({ title: 'Nätverksmöte', kind: 'notes' }).id;
});

afterEach(() => {
  database.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A typist whose every keystroke is stored as one update of `meetingId`; answers the row ids. */
function type(doc: Y.Doc, meetingId: string, text: string): number[] {
  const ids: number[] = [];
  const store = (update: Uint8Array) => ids.push(documents.append(meetingId, update, { name: 'Hillevi Larsson', role: 'secretary' }));
  doc.on('update', store);
  for (const character of text) doc.getText('t').insert(doc.getText('t').length, character);
  doc.off('update', store);
  return ids;
}

const textAt = (meetingId: string, upTo: number) => {
  const { doc, problems } = replayHistory(source, meetingId, upTo);
  expect(problems).toEqual([]);
  return doc.getText('t').toJSON();
};

describe('replaying a meeting’s history', () => {
  it('rebuilds the document as it stood after any stored update, from its own rows only, after compactions', () => {
    const seed = new Y.Doc();
    seed.getText('t').insert(0, '§ ');
    documents.compact(mine, Y.encodeStateAsUpdate(seed), 0);
    const otherTypist = new Y.Doc();
    const ids: number[] = [];
    for (const word of ['Budget', ' ', 'fastställs']) {
      ids.push(...type(seed, mine, word));
      type(otherTypist, other, 'x');
      documents.compact(mine, Y.encodeStateAsUpdate(seed), ids.at(-1)!);
    }
    expect(textAt(mine, 0)).toBe('§ ');
    expect(textAt(mine, ids[5]!)).toBe('§ Budget');
    expect(textAt(mine, ids.at(-1)!)).toBe('§ Budget fastställs');
    // The rows of the other meeting in between are not this one's: each replay reads its own meeting's rows only.
    expect(textAt(other, ids.at(-1)!)).toBe('xx');
    expect(textAt(other, history.latestUpdateId(other))).toBe('xxx');
  });

  it('keeps deleted content (no garbage collection), so two points can be compared', () => {
    const doc = new Y.Doc();
    const typed = type(doc, mine, 'Mötet beslutar');
    const deletion: number[] = [];
    doc.on('update', (update: Uint8Array) => deletion.push(documents.append(mine, update)));
    doc.getText('t').delete(0, 6);
    const { doc: replayed } = replayHistory(source, mine, deletion[0]!);
    expect(replayed.getText('t').toJSON()).toBe('beslutar');
    const before = Y.snapshot(replayHistory(source, mine, typed.at(-1)!).doc);
    expect(Y.createDocFromSnapshot(replayed, before).getText('t').toJSON()).toBe('Mötet beslutar');
  });

  it('reports a stored row that does not apply and replays the rest without it', () => {
    const doc = new Y.Doc();
    const first = type(doc, mine, 'ab');
    const bad = documents.append(mine, halfApplyingUpdate());
    const after = type(doc, mine, 'c');
    const { doc: replayed, problems } = replayHistory(source, mine, after.at(-1)!);
    expect(problems).toEqual([{ updateId: bad, reason: expect.stringMatching(/^threw: /) as unknown }]);
    expect(replayed.getText('t').toJSON()).toBe('abc');
    expect(first).toHaveLength(2);
  });

  it('reports a row that builds on content the history does not have, and keeps nothing of it waiting', () => {
    const doc = new Y.Doc();
    type(doc, mine, 'ab');
    const elsewhere = new Y.Doc();
    elsewhere.getText('t').insert(0, 'unseen');
    const known = Y.encodeStateVector(elsewhere);
    elsewhere.getText('t').insert(3, 'more');
    const waiting = documents.append(mine, Y.encodeStateAsUpdate(elsewhere, known));
    const after = type(doc, mine, 'c');
    const { doc: replayed, problems } = replayHistory(source, mine, after.at(-1)!);
    expect(problems).toEqual([{ updateId: waiting, reason: expect.stringMatching(/^incomplete: /) as unknown }]);
    expect(replayed.getText('t').toJSON()).toBe('abc');
    expect(replayed.store.pendingStructs).toBeNull();
  });

  it('starts from the nearest filled checkpoint, with the same result as from the start', () => {
    const recorder = new HistoryRecorder(history, documents, 4, createLogger('silent'));
    const doc = new Y.Doc();
    doc.on('update', (update: Uint8Array) => {
      const id = documents.append(mine, update, { name: null, role: 'participant' });
      recorder.appended(mine, id, { name: null, role: 'participant' });
    });
    for (const character of 'Lokalfrågor') doc.getText('t').insert(doc.getText('t').length, character);
    const checkpoints = history.checkpoints(mine);
    // Before the first edit, then after every fourth update since the last checkpoint.
    expect(checkpoints.map((checkpoint) => checkpoint.label)).toEqual(['firstEdit', 'periodic', 'periodic']);
    expect(checkpoints[0]).toMatchObject({ upToUpdateId: 0, by: { name: null, role: 'participant' } });
    const latest = history.latestUpdateId(mine);
    const fromStart = replayHistory(source, mine, latest).doc.getText('t').toJSON();
    recorder.fill(mine);
    expect(history.unfilled(mine)).toEqual([]);
    expect(history.nearestState(mine, latest)?.upToUpdateId).toBe(checkpoints[2]!.upToUpdateId);
    expect(replayHistory(source, mine, latest).doc.getText('t').toJSON()).toBe(fromStart);
    expect(fromStart).toBe('Lokalfrågor');
  });
});
