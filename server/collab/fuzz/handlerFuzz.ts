import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as decoding from 'lib0/decoding';
import * as prng from 'lib0/prng';
import type { WebSocket } from 'ws';
import * as Y from 'yjs';
import { BODY_FRAGMENT } from '../../../shared/collab/constants';
import { MESSAGE_SYNC, SYNC_STEP_2, SYNC_UPDATE } from '../../../shared/collab/messageTypes';
import { CredentialStore } from '../../auth/credentialStore';
import { openDatabase } from '../../db/openDatabase';
import { createLogger } from '../../logger';
import { MeetingStore } from '../../meetings/meetingStore';
import { DocumentStore, type StoredDocument } from '../../persistence/documentStore';
import { LinkedSocket } from '../../testing/linkedSocket';
import { Connection } from '../connection';
import { syncStep1Frame } from '../frames';
import { receiveMessage } from '../messageReceiver';
import { Room } from '../room';
import { mutateFrame, type Mutation } from './mutateFrame';
import { SeededFrames } from './seededFrames';

export interface FuzzOptions {
  seed: number;
  frames: number;
  /** Frames per meeting before the fuzzer starts a fresh one (keeps documents small, as meetings are). */
  framesPerRoom?: number;
  /** Check that the stored state reloads to the live document every this many frames. */
  reloadEvery?: number;
  /** Called at each failure with what the meeting has stored (the frame included, if it was taken), to replay it outside the fuzzer. */
  onFailure?: (failure: FuzzFailure, stored: StoredDocument) => void;
}

export interface FuzzFailure {
  frameIndex: number;
  mutation: Mutation;
  invariant: 'threw' | 'roundTrip' | 'bystander' | 'reload';
  detail: string;
  /** base64 of the frame that broke it, to replay. */
  frame: string;
}

export interface FuzzReport {
  seed: number;
  frames: number;
  accepted: number;
  closed: number;
  reloads: number;
  failures: FuzzFailure[];
}

/** What two documents hold: same updates (state vector and delete set) and the same text. */
function sameDocument(a: Y.Doc, b: Y.Doc): string | null {
  if (!Y.equalSnapshots(Y.snapshot(a), Y.snapshot(b))) return 'state vector or delete set differ';
  const body = (doc: Y.Doc) => doc.getXmlFragment(BODY_FRAGMENT).toJSON();
  if (body(a) !== body(b)) return 'body text differs';
  if (a.getText('t').toJSON() !== b.getText('t').toJSON()) return 'plain text differs';
  if (pendingSummary(a) !== pendingSummary(b)) return `pending structs differ: ${pendingSummary(a)} vs ${pendingSummary(b)}`;
  return null;
}

/**
 * The updates a document holds back until what they build on arrives, as
 * clock ranges per client: the same pending content may be split or merged
 * differently in bytes.
 */
function pendingSummary(doc: Y.Doc): string {
  const ranges = new Map<string, [number, number][]>();
  const add = (key: string, start: number, length: number) => {
    if (length <= 0) return;
    const list = ranges.get(key) ?? [];
    list.push([start, start + length]);
    ranges.set(key, list);
  };
  for (const update of [doc.store.pendingStructs?.update, doc.store.pendingDs]) {
    if (!update) continue;
    // Yjs keeps what it holds back in its v2 encoding.
    const decoded = Y.decodeUpdateV2(update);
    for (const struct of decoded.structs) add(`s${struct.id.client}`, struct.id.clock, struct.length);
    for (const [client, deletes] of decoded.ds.clients) for (const range of deletes) add(`d${client}`, range.clock, range.len);
  }
  return [...ranges.keys()]
    .sort()
    .map((key) => `${key}:${mergeRanges(ranges.get(key)!).join(',')}`)
    .join(' ');
}

function mergeRanges(list: [number, number][]): string[] {
  const sorted = [...list].sort((x, y) => x[0] - y[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged.map(([start, end]) => `${start}-${end}`);
}

/** A peer in the room that only applies what the server relays, as a stock client does. */
class Bystander {
  readonly doc = new Y.Doc({ guid: 'bystander' });
  /** Frames applied since the fuzzer last looked. */
  received = 0;
  readonly connection: Connection;
  error: string | null = null;

  constructor(room: Room, id: number) {
    const socket = new LinkedSocket((frame) => this.receive(frame));
    // The Connection only calls send/close/readyState/bufferedAmount, which LinkedSocket provides.
    this.connection = new Connection(socket as unknown as WebSocket, room.meetingId, 'viewer', id);
    room.join(this.connection);
    // Its own step 1, answered with the room's document, as a stock client asks for it.
    receiveMessage(room, this.connection, syncStep1Frame(this.doc));
  }

  private receive(frame: Uint8Array): void {
    try {
      const decoder = decoding.createDecoder(frame);
      if (decoding.readVarUint(decoder) !== MESSAGE_SYNC) return;
      const syncType = decoding.readVarUint(decoder);
      if (syncType === SYNC_STEP_2 || syncType === SYNC_UPDATE) {
        this.received++;
        Y.applyUpdate(this.doc, decoding.readVarUint8Array(decoder));
      }
    } catch (error) {
      this.error = String(error);
    }
  }
}

/**
 * Feeds valid and mutated frames to the server's own message handler on a
 * real room over a real SQLite file, and checks after every frame what must
 * hold whatever a client sends: the handler does not throw, the live
 * document still encodes and decodes to itself, a peer that applies what
 * was relayed holds the same document, and (every `reloadEvery` frames and
 * at the end of each meeting) the stored state reloads to the live document.
 * The round-trip and peer checks run after every frame that touched either
 * document (a transaction on the room's document, a new document after a
 * rebuild, or a relayed frame); after any other frame they would compare
 * the same two documents again.
 */
export function runHandlerFuzz(options: FuzzOptions): FuzzReport {
  const { seed, frames } = options;
  const framesPerRoom = options.framesPerRoom ?? 500;
  const reloadEvery = options.reloadEvery ?? 250;
  const gen = prng.create(seed);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'protokoll-fuzz-'));
  const database = openDatabase(path.join(dir, 'protokoll.db'));
  const store = new DocumentStore(database.db);
  const meetings = new MeetingStore(database.db, new CredentialStore(database.db));
  const log = createLogger('silent');
  const roomOptions = { compactAfterUpdates: 200, compactAfterQuietMs: 3_600_000, maxDocumentBytes: 16 * 1024 * 1024 };
  const report: FuzzReport = { seed, frames, accepted: 0, closed: 0, reloads: 0, failures: [] };
  let connectionId = 1;

  let room!: Room;
  let source!: SeededFrames;
  let bystander!: Bystander;
  let writer!: Connection;
  let writerSocket!: LinkedSocket;
  // Counts the room document's transactions; a rebuild gives the room a new document, watched afresh.
  let watchedDoc: Y.Doc | null = null;
  let transactions = 0;
  let updates = 0;
  const watch = () => {
    if (room.doc === watchedDoc) return;
    watchedDoc = room.doc;
    transactions++;
    watchedDoc.on('afterTransaction', () => transactions++);
    watchedDoc.on('update', () => updates++);
  };
  const openWriter = () => {
    writerSocket = new LinkedSocket(() => undefined);
    writer = new Connection(writerSocket as unknown as WebSocket, room.meetingId, 'secretary', connectionId++);
    room.join(writer);
  };
  const openRoom = () => {
    source?.destroy();
    const meetingId = meetings.create({ title: 'Fuzz', kind: 'protocol' }).id;
    room = new Room(meetingId, store, roomOptions, log);
    source = new SeededFrames(gen);
    bystander = new Bystander(room, connectionId++);
    openWriter();
  };
  const fail = (frameIndex: number, mutation: Mutation, invariant: FuzzFailure['invariant'], detail: string, frame: Uint8Array) => {
    const failure: FuzzFailure = { frameIndex, mutation, invariant, detail, frame: Buffer.from(frame).toString('base64') };
    report.failures.push(failure);
    options.onFailure?.(failure, store.load(room.meetingId));
  };
  const reloadMatches = (): string | null => {
    report.reloads++;
    // What a restart would load now (the last snapshot and the log after it) must be the live document.
    const reloaded = new Room(room.meetingId, store, roomOptions, log);
    const difference = sameDocument(room.doc, reloaded.doc);
    // Not destroy(), which would write a snapshot beside the live room's. The awareness is the room's own
    // (not bound to the loaded document): left alone, its timer kept the process busy after the run.
    reloaded.awareness.destroy();
    reloaded.doc.destroy();
    // Then the snapshot a room takes as it goes (its timer never fires in this synchronous loop), so the next
    // check replays a log again and also tests that a snapshot of the live document loads.
    room.compact();
    return difference;
  };

  try {
    openRoom();
    let roomFrames = 0;
    let lastFrame: Uint8Array = new Uint8Array();
    let lastMutation: Mutation = 'none';
    for (let index = 0; index < frames; index++) {
      if (roomFrames >= framesPerRoom) {
        const difference = reloadMatches();
        if (difference) fail(index, lastMutation, 'reload', difference, lastFrame);
        room.destroy();
        openRoom();
        roomFrames = 0;
      }
      roomFrames++;
      const { frame, mutation } = mutateFrame(gen, source.next());
      const closedBefore = report.closed;
      lastFrame = frame;
      lastMutation = mutation;
      watch();
      const transactionsBefore = transactions;
      const updatesBefore = updates;
      try {
        receiveMessage(room, writer, frame);
      } catch (error) {
        fail(index, mutation, 'threw', String(error), frame);
      }
      if (writerSocket.closedWith) {
        report.closed++;
        room.leave(writer);
        openWriter();
        if (source.lastCarriedUpdate) source.resetTo(room.doc);
      }
      watch();
      const relayed = bystander.received > 0 || bystander.error !== null;
      bystander.received = 0;
      if (transactions !== transactionsBefore || relayed) {
        if (updates !== updatesBefore) report.accepted++;
        try {
          const copy = new Y.Doc({ guid: 'roundTrip' });
          Y.applyUpdate(copy, Y.encodeStateAsUpdate(room.doc));
          const difference = sameDocument(room.doc, copy);
          if (difference) fail(index, mutation, 'roundTrip', difference, frame);
        } catch (error) {
          fail(index, mutation, 'roundTrip', String(error), frame);
        }
        const drift = bystander.error ?? sameDocument(room.doc, bystander.doc);
        if (drift) {
          fail(index, mutation, 'bystander', `${drift}${report.closed > closedBefore ? ' (the frame was refused)' : ''}`, frame);
          // Start the peer afresh so one failure is reported once.
          room.leave(bystander.connection);
          bystander = new Bystander(room, connectionId++);
        }
      }
      if (index % reloadEvery === reloadEvery - 1) {
        const difference = reloadMatches();
        if (difference) fail(index, mutation, 'reload', difference, frame);
      }
      if (report.failures.length >= 20) break;
    }
    const difference = reloadMatches();
    if (difference) fail(frames, lastMutation, 'reload', difference, lastFrame);
    room.destroy();
    source.destroy();
  } finally {
    database.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return report;
}
