/**
 * npx tsx bench/historyStorage.ts: what keeping the history costs. Types the
 * fixture protocol (§ 18–32 of the school chiefs) into a meeting character
 * by character, through the stores a room writes to (a snapshot every 500
 * updates, as COMPACT_AFTER_UPDATES; a checkpoint every 500, as
 * HISTORY_CHECKPOINT_EVERY), then prints the meeting's storage with the
 * history kept, and what the same meeting would take had compaction
 * deleted the log (as it did before the history): the newest five
 * snapshots and the rows after the newest. Also times the history's reads.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import * as Y from 'yjs';
import { addAttendee, writeMeta } from '../shared/protocol/yDocMeta';
import { fixtureProtocol, fixtureProtocolDoc } from '../shared/protocol/testing/fixtureProtocol';
import { extractProtocol } from '../shared/protocol/extractProtocol';
import { CredentialStore } from '../server/auth/credentialStore';
import { openDatabase } from '../server/db/openDatabase';
import { historyEdits } from '../server/history/historyEdits';
import { HistoryRecorder } from '../server/history/historyRecorder';
import { HistoryRecordingStore } from '../server/history/historyRecordingStore';
import { HistoryStore } from '../server/history/historyStore';
import { historySource, replayHistory, type HistorySource } from '../server/history/replayHistory';
import { createLogger } from '../server/logger';
import { MeetingStore } from '../server/meetings/meetingStore';
import { DocumentStore } from '../server/persistence/documentStore';
import { ProtocolRowStore } from '../server/protocol/protocolRowStore';
import { ProtocolSnapshotStore } from '../server/protocol/protocolSnapshotStore';
import { describeMachine } from './machine';
import { typeBody } from './typeDocument';

const EVERY = 500;
const log = createLogger('silent');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'protokoll-history-bench-'));
const file = path.join(dir, 'protokoll.db');
const machine = describeMachine();

const database = openDatabase(file);
const meetings = new MeetingStore(database.db, new CredentialStore(database.db));
const documents = new DocumentStore(database.db);
const history = new HistoryStore(database.db);
const recorder = new HistoryRecorder(history, documents, EVERY, log);
const store = new HistoryRecordingStore(new ProtocolSnapshotStore(database.db, documents, new ProtocolRowStore(database.db), meetings, log), recorder, log);
const { id: meetingId } = meetings.create({ title: 'Skolchefer', kind: 'protocol', body: 'Skol- och utbildningschefer' });

// The meeting as created: meeting data and attendees seeded, the body empty; then the secretary types the body.
const { meta, attendees } = fixtureProtocol();
const live = new Y.Doc();
live.transact(() => {
  writeMeta(live, meta);
  for (const attendee of attendees) addAttendee(live, attendee);
});
store.snapshot(meetingId, live, 0);
const typist = new Y.Doc();
Y.applyUpdate(typist, Y.encodeStateAsUpdate(live));
let lastId = 0;
let sinceSnapshot = 0;
typist.on('update', (update: Uint8Array) => {
  lastId = store.append(meetingId, update, { name: 'Hillevi Larsson', role: 'secretary' });
  Y.applyUpdate(live, update);
  if (++sinceSnapshot >= EVERY) {
    store.snapshot(meetingId, live, lastId);
    sinceSnapshot = 0;
  }
});
const started = performance.now();
let turns = 0;
// A turn of the event loop now and then, so the checkpoints' states are filled in as they would be on a server.
const typed = await typeBody(fixtureProtocolDoc(), typist, () => (++turns % 50 === 0 ? new Promise<void>((resolve) => setImmediate(resolve)) : undefined));
store.snapshot(meetingId, live, lastId);
await new Promise<void>((resolve) => setImmediate(resolve));
recorder.fill(meetingId);
const typingMs = performance.now() - started;

const record = { id: meetingId, title: 'Skolchefer', kind: 'protocol' as const, body: null, startsAt: null, place: null, state: 'draft' as const, firstParagraph: 18 };
const expected = extractProtocol(fixtureProtocolDoc(), record);
const source: HistorySource = historySource(history, documents);
const time = <T>(run: () => T): { ms: number; value: T } => {
  const t0 = performance.now();
  const value = run();
  return { ms: performance.now() - t0, value };
};
const fromCheckpoint = time(() => replayHistory(source, meetingId, lastId));
const fromBase = time(() => replayHistory({ ...source, nearestState: () => null }, meetingId, lastId));
const edits = time(() => historyEdits(source, meetingId, 18));
// Someone types on (a closing line of 100 characters); the next listing goes on from the one before.
const closing = new Y.XmlText();
typist.transact(() => {
  const paragraph = new Y.XmlElement('paragraph');
  typist.getXmlFragment('default').insert(typist.getXmlFragment('default').length, [paragraph]);
  paragraph.insert(0, [closing]);
});
for (let i = 0; i < 100; i++) closing.insert(i, 'x');
const nextEdits = time(() => historyEdits(source, meetingId, 18, edits.value));
const sameAsTyped = JSON.stringify(extractProtocol(fromCheckpoint.value.doc, record).items) === JSON.stringify(expected.items);

const sqlite = database.sqlite;
const one = <T>(sql: string): T => sqlite.prepare(sql).get(meetingId) as T;
const rows = one<{ n: number; bytes: number; authorBytes: number }>(
  "select count(*) n, sum(length(data)) bytes, sum(length(coalesce(by_name, '')) + length(coalesce(by_role, ''))) authorBytes from updates where meeting_id = ?",
);
const snapshots = one<{ n: number; bytes: number }>('select count(*) n, sum(length(data)) bytes from snapshots where meeting_id = ?');
const checkpoints = one<{ n: number; bytes: number }>('select count(*) n, coalesce(sum(length(state)), 0) bytes from history_checkpoints where meeting_id = ?');
const newest = one<{ upTo: number }>('select max(up_to_update_id) upTo from snapshots where meeting_id = ?');
const compacted = {
  rows: one<{ n: number; bytes: number }>(`select count(*) n, coalesce(sum(length(data)), 0) bytes from updates where meeting_id = ? and id > ${newest.upTo}`),
  snapshots: one<{ n: number; bytes: number }>('select count(*) n, sum(length(data)) bytes from (select data from snapshots where meeting_id = ? order by id desc limit 5)'),
};
database.close();

// The same file as the old compaction would have left it, vacuumed, beside the one that keeps the history.
const fileBytes = (name: string) => {
  const db = new Database(name);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.exec('vacuum');
  db.close();
  return fs.statSync(name).size;
};
const keptFile = fileBytes(file);
const oldFile = path.join(dir, 'compacted.db');
fs.copyFileSync(file, oldFile);
const old = new Database(oldFile);
old.prepare(`delete from updates where meeting_id = ? and id <= ${newest.upTo}`).run(meetingId);
old.prepare('delete from history_checkpoints where meeting_id = ?').run(meetingId);
old.prepare('delete from snapshots where meeting_id = ? and id not in (select id from snapshots where meeting_id = ? order by id desc limit 5)').run(meetingId, meetingId);
old.close();
const compactedFile = fileBytes(oldFile);
fs.rmSync(dir, { recursive: true, force: true });

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const kept = rows.bytes + snapshots.bytes + checkpoints.bytes;
const before = compacted.rows.bytes + compacted.snapshots.bytes;
process.stdout.write(
  [
    `machine: ${machine.cpuModel}, ${machine.cores} cores, ${machine.ramGiB} GiB, Node ${machine.node}, ${machine.kernel}, load ${machine.loadAverage.toFixed(2)}`,
    `typed: ${typed} updates (the fixture protocol, ${expected.items.length} §, a character per update) in ${typingMs.toFixed(0)} ms; replay equals the typed protocol: ${sameAsTyped}`,
    '',
    '| per meeting | history kept | compacted (before the history) |',
    '|---|---|---|',
    `| update log | ${rows.n} rows, ${kb(rows.bytes)} (+ ${kb(rows.authorBytes)} in the author columns) | ${compacted.rows.n} rows, ${kb(compacted.rows.bytes)} |`,
    `| snapshots | ${snapshots.n}, ${kb(snapshots.bytes)} | ${compacted.snapshots.n}, ${kb(compacted.snapshots.bytes)} |`,
    `| checkpoints | ${checkpoints.n}, ${kb(checkpoints.bytes)} of non-GC states | – |`,
    `| document bytes in all | ${kb(kept)} | ${kb(before)} |`,
    `| SQLite file, vacuumed | ${kb(keptFile)} | ${kb(compactedFile)} |`,
    '',
    `rebuild at the last update: ${fromCheckpoint.ms.toFixed(1)} ms from the nearest checkpoint, ${fromBase.ms.toFixed(1)} ms replaying the whole log`,
    `GET /history edits: first listing (whole log replayed, § mapped) ${edits.ms.toFixed(1)} ms, ${edits.value.edits.length} edits; the next after 101 more updates ${nextEdits.ms.toFixed(1)} ms`,
    '',
  ].join('\n'),
);
