import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { HistoryAuthor } from '../../shared/api/history';
import type { MeetingState } from '../../shared/meetingKind';
import type { Logger } from '../logger';
import { errorFields } from '../logger';
import { loadDocument, type LoadedDocument } from '../persistence/loadDocument';
import type { RoomStore } from '../persistence/roomStore';
import { Connection } from './connection';
import { awarenessFrame, syncStep1Frame, updateFrame } from './frames';
import { BODY_FRAGMENT } from '../../shared/collab/constants';
import { convertHeadingsToText } from '../../shared/protocol/headingsAsText';
import { sortAwareness, type AwarenessProblem } from './awarenessCheck';
import { clocksBefore, integratedAsWritten } from './integratedAsWritten';
import { inspectUpdate, type Struct, type UpdateProblem } from './updateCheck';
import type { UpdateVetter, Vetted } from './vetting/updateVetter';
import { encodeSavedFrame, stateDigest } from '../../shared/collab/savedMessage';

export interface RoomOptions {
  compactAfterUpdates: number;
  compactAfterQuietMs: number;
  /** Largest stored document (snapshot plus log) a client may grow it to, in bytes. */
  maxDocumentBytes: number;
  /** Checks large updates off the event loop (absent: every update is checked inline). */
  vetter?: UpdateVetter;
}

/** The author of the server's own changes: nobody's, no role's. */
const SERVER: HistoryAuthor = { name: null, role: null };

/** Why an incoming update was not accepted. */
export type UpdateRefusal = UpdateProblem | 'tooCostly' | 'documentFull' | 'storage' | 'locked';

/**
 * One open meeting: its Y.Doc, awareness and sockets. Incoming updates are
 * validated, appended to the store, applied and relayed, in that order, so
 * nothing a peer has seen is missing from disk.
 */
export class Room {
  /** Replaced, never mutated back, when an update fails half-way (see receiveUpdate). */
  private liveDoc = new Y.Doc({ gc: true });
  readonly awareness = new awarenessProtocol.Awareness(this.liveDoc);
  readonly connections = new Set<Connection>();
  /** Which socket set each presence entry (see sortAwareness); looked up on every awareness message. */
  private readonly awarenessOwners = new Map<number, Connection>();
  private lastUpdateId: number;
  private updatesSinceSnapshot = 0;
  /** What the stored document takes (its snapshot and the log after it): what every join downloads, roughly. */
  private storedBytes = 0;
  private lastUpdateAt = 0;
  private quietTimer: NodeJS.Timeout | null = null;
  private compactQueued = false;
  private destroyed = false;
  /** The last saved message and the document it was built from (see savedFrame). */
  private savedCache: { doc: Y.Doc; updateId: number; frame: Uint8Array } | null = null;

  constructor(
    readonly meetingId: string,
    private readonly store: RoomStore,
    private readonly options: RoomOptions,
    private readonly log: Logger,
    /** The meeting's workflow state; decides who may write (see shared/adjustment/permissions). */
    private meetingState: MeetingState = 'draft',
  ) {
    // The server holds no presence of its own; its local state would show as a ghost peer.
    this.awareness.setLocalState(null);
    const { doc, stored } = this.loadStored();
    this.liveDoc = doc;
    this.lastUpdateId = stored.lastUpdateId;
    this.updatesSinceSnapshot = stored.updates.length;
    this.storedBytes = (stored.snapshot?.length ?? 0) + stored.updates.reduce((sum, update) => sum + update.data.length, 0);
    this.awareness.on('update', this.relayAwareness);
    if (meetingState !== 'adjusted') this.convertStoredShape();
  }

  /**
   * Titles, presenters and lead-ins became shared text in 2026-12; a
   * document stored before then is converted here, once, as one update
   * stored like any other. A locked protocol is never rewritten.
   */
  private convertStoredShape(): void {
    let update: Uint8Array | null = null;
    const capture = (bytes: Uint8Array) => {
      update = bytes;
    };
    this.doc.on('update', capture);
    let converted = 0;
    try {
      converted = convertHeadingsToText(this.doc.getXmlFragment(BODY_FRAGMENT));
    } catch (error) {
      this.log.error('could not convert the stored document shape', { meetingId: this.meetingId, ...errorFields(error) });
    } finally {
      this.doc.off('update', capture);
    }
    if (converted === 0 || update === null) return;
    try {
      this.lastUpdateId = this.store.append(this.meetingId, update);
    } catch (error) {
      // The converted document is in memory; the next snapshot stores it.
      this.log.error('could not store the converted document shape', { meetingId: this.meetingId, ...errorFields(error) });
    }
    this.noteUpdate();
    this.log.info('converted titles, presenters and lead-ins to shared text', { meetingId: this.meetingId, nodes: converted });
  }

  /** The meeting's live document: everything stored and relayed, nothing else. */
  get doc(): Y.Doc {
    return this.liveDoc;
  }

  /** The stored document; rows that do not load are set aside (see loadDocument) and logged. */
  private loadStored(): LoadedDocument {
    const loaded = loadDocument(this.store, this.meetingId);
    if (loaded.stored.integrity === 'mismatch') {
      // Altered final bytes are not served as the adjusted protocol; the store has logged the mismatch.
      this.log.error('not serving an adjusted document that failed its integrity check', { meetingId: this.meetingId });
    }
    if (loaded.unreadable) this.log.error('the stored document does not load', { meetingId: this.meetingId, reason: loaded.unreadable });
    for (const row of loaded.quarantined) {
      this.log.error('set aside a stored row that does not load', { meetingId: this.meetingId, source: row.source, id: row.id, reason: row.reason });
    }
    return loaded;
  }

  /**
   * Yjs has no rollback: an update that throws half-way has changed the
   * live document. What was stored and relayed is exactly the store's
   * content, so the live document is rebuilt from it; peers hold the same
   * and notice nothing.
   */
  private rebuildFromStore(): void {
    // The old document is dropped, not destroyed: destroying it would destroy the awareness bound to it.
    this.liveDoc = this.loadStored().doc;
    this.options.vetter?.drop(this.meetingId);
  }

  /**
   * What the server holds, for the sockets that asked (see savedAcks.ts).
   * Built once per state of the document: every socket of a burst gets the
   * same bytes, and the digest walks the whole document only when it changed.
   */
  savedFrame(): Uint8Array {
    const cached = this.savedCache;
    if (cached && cached.doc === this.liveDoc && cached.updateId === this.lastUpdateId) return cached.frame;
    const frame = encodeSavedFrame(this.liveDoc, stateDigest(this.liveDoc));
    this.savedCache = { doc: this.liveDoc, updateId: this.lastUpdateId, frame };
    return frame;
  }

  get isDestroyed(): boolean {
    return this.destroyed;
  }

  get state(): MeetingState {
    return this.meetingState;
  }

  /** Id of the newest stored update the live document holds (0 if none). */
  get lastStoredUpdateId(): number {
    return this.lastUpdateId;
  }

  /** Follows a state change made by the adjustment workflow (in the same tick as its transaction). */
  setState(state: MeetingState): void {
    this.meetingState = state;
    if (state === 'adjusted') {
      // The lock stored the final bytes; nothing may write a snapshot after them.
      if (this.quietTimer) clearTimeout(this.quietTimer);
      this.quietTimer = null;
      this.updatesSinceSnapshot = 0;
    }
  }

  join(connection: Connection): void {
    this.connections.add(connection);
    connection.send(syncStep1Frame(this.doc));
    const states = this.awareness.getStates();
    if (states.size > 0) connection.send(awarenessFrame(this.awareness, [...states.keys()]));
  }

  /** Removes the socket and its presence; returns whether the room is now empty. */
  leave(connection: Connection): boolean {
    if (!this.connections.delete(connection)) return this.connections.size === 0;
    if (connection.awarenessIds.size > 0) {
      const ids = [...connection.awarenessIds];
      for (const id of ids) this.disown(id, connection);
      awarenessProtocol.removeAwarenessStates(this.awareness, ids, null);
    }
    return this.connections.size === 0;
  }

  /** Whether this update is checked off the event loop (see vet) before receiveUpdate. */
  vets(update: Uint8Array): boolean {
    return this.options.vetter?.vets(update) ?? false;
  }

  /**
   * The checks of receiveUpdate (and whether it adds anything), run in the
   * vetting worker on a copy of this document; the caller settles it with
   * whether receiveUpdate then took the update.
   */
  vet(update: Uint8Array): Promise<Vetted> {
    const vetter = this.options.vetter;
    if (!vetter) throw new Error('this room checks every update inline');
    return vetter.vet(this.meetingId, update, () => Y.encodeStateAsUpdate(this.liveDoc));
  }

  /**
   * Stores, applies and relays an update from `origin`. `frame` is the
   * update frame to relay (the incoming bytes when they already are one).
   * A `vetted` update has passed the checks in the worker against this
   * document as it was then; what they found still holds, so they are not
   * run again.
   */
  receiveUpdate(origin: Connection | null, update: Uint8Array, frame: Uint8Array, vetted = false): UpdateRefusal | null {
    return this.take(origin, origin ? { name: origin.personName, role: origin.role } : SERVER, update, frame, vetted);
  }

  /** receiveUpdate, stored as sent `by` (the history shows them). */
  private take(origin: Connection | null, by: HistoryAuthor, update: Uint8Array, frame: Uint8Array, vetted: boolean): UpdateRefusal | null {
    if (this.meetingState === 'adjusted') return 'locked';
    let structs: Struct[] | null = null;
    if (!vetted) {
      const checked = inspectUpdate(this.doc, update);
      if (checked.problem) return checked.problem;
      structs = checked.structs;
    }
    if (this.storedBytes + update.length > this.options.maxDocumentBytes) return 'documentFull';
    let updateId: number;
    try {
      updateId = this.store.append(this.meetingId, update, by);
    } catch (error) {
      this.log.error('could not append update', { meetingId: this.meetingId, ...errorFields(error) });
      return 'storage';
    }
    const before = structs && clocksBefore(this.doc, structs);
    let failure: string | null = null;
    try {
      Y.applyUpdate(this.doc, update, origin);
      if (structs && before && !integratedAsWritten(this.doc, structs, before)) failure = 'an item is not where its origins put it';
    } catch (error) {
      failure = error instanceof Error ? error.message : String(error);
    }
    if (failure !== null) {
      this.store.remove(updateId);
      this.log.warn('refused update that does not apply as written', { meetingId: this.meetingId, reason: failure });
      this.rebuildFromStore();
      return 'malformed';
    }
    this.lastUpdateId = updateId;
    this.storedBytes += update.length;
    // A vetted update is already in the worker's copy, on trial; its settle keeps it there.
    if (!vetted) this.options.vetter?.applied(this.meetingId, update);
    for (const connection of this.connections) {
      if (connection !== origin) connection.send(frame);
    }
    this.noteUpdate();
    return null;
  }

  /**
   * A change the server makes on someone's behalf (the REST API): `edit`
   * runs on a copy of the document, and what it changed goes through
   * receiveUpdate like a client's update (checked, stored before it is
   * applied, relayed to every socket), stored as made `by` the person or
   * role it was made for (the server itself when not given). Answers the
   * update's refusal, or null.
   */
  applyServerChange(edit: (doc: Y.Doc) => void, by: HistoryAuthor = SERVER): UpdateRefusal | null {
    if (this.meetingState === 'adjusted') return 'locked';
    const copy = new Y.Doc({ guid: this.meetingId, gc: true });
    try {
      Y.applyUpdate(copy, Y.encodeStateAsUpdate(this.doc));
      // What the edit's own transactions wrote: an update encoded against a state vector would
      // carry every deletion the document ever had, and store a change for an edit that made none.
      const changes: Uint8Array[] = [];
      copy.on('update', (change: Uint8Array) => changes.push(change));
      edit(copy);
      // Nothing changed: an edit that found nothing to do stores nothing.
      if (changes.length === 0) return null;
      const update = changes.length === 1 ? changes[0]! : Y.mergeUpdates(changes);
      return this.take(null, by, update, updateFrame(update), false);
    } finally {
      copy.destroy();
    }
  }

  /** Applies and relays the entries of a presence update this socket may set, or says why none (see sortAwareness). */
  applyAwareness(origin: Connection, update: Uint8Array): AwarenessProblem | null {
    const verdict = sortAwareness(
      update,
      (id) => {
        const meta = this.awareness.meta.get(id);
        if (!meta) return null;
        const holder = this.awarenessOwners.get(id);
        const who = !holder ? 'nobody' : holder === origin ? 'this' : holder.role === origin.role ? 'sameRole' : 'otherRole';
        return { clock: meta.clock, holder: who };
      },
      origin.awarenessIds.size,
      origin.personName,
    );
    if (verdict.problem) return verdict.problem;
    for (const id of verdict.claimed) this.own(id, origin);
    if (verdict.update) awarenessProtocol.applyAwarenessUpdate(this.awareness, verdict.update, origin);
    return null;
  }

  /** A reconnected tab's entry moves from its stale socket to the new one. */
  private own(id: number, connection: Connection): void {
    this.awarenessOwners.get(id)?.awarenessIds.delete(id);
    this.awarenessOwners.set(id, connection);
    connection.awarenessIds.add(id);
  }

  private disown(id: number, connection: Connection): void {
    if (this.awarenessOwners.get(id) === connection) this.awarenessOwners.delete(id);
    connection.awarenessIds.delete(id);
  }

  /** Writes the document as one snapshot (with the rows derived from it); the log stays, as the meeting's history. */
  compact(): void {
    this.compactQueued = false;
    if (this.updatesSinceSnapshot === 0 || this.meetingState === 'adjusted') return;
    const started = performance.now();
    this.storedBytes = this.store.snapshot(this.meetingId, this.doc, this.lastUpdateId);
    this.log.debug('compacted', { meetingId: this.meetingId, updates: this.updatesSinceSnapshot, ms: performance.now() - started });
    this.updatesSinceSnapshot = 0;
  }

  /** Final flush before the room leaves memory. */
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    if (this.quietTimer) clearTimeout(this.quietTimer);
    this.quietTimer = null;
    try {
      this.compact();
    } catch (error) {
      // The log still holds every update; the next load replays it.
      this.log.error('compaction failed on unload', { meetingId: this.meetingId, ...errorFields(error) });
    }
    this.options.vetter?.drop(this.meetingId);
    this.awareness.off('update', this.relayAwareness);
    this.awareness.destroy();
    this.liveDoc.destroy();
  }

  private noteUpdate(): void {
    this.updatesSinceSnapshot += 1;
    this.lastUpdateAt = Date.now();
    if (this.updatesSinceSnapshot >= this.options.compactAfterUpdates && !this.compactQueued) {
      // Off the receive path: the sender's frame is relayed before the snapshot is encoded.
      this.compactQueued = true;
      setImmediate(() => this.compactSafely());
    }
    // One timer per room, re-armed when it fires, instead of one per keystroke.
    this.quietTimer ??= setTimeout(this.onQuietTimer, this.options.compactAfterQuietMs);
  }

  private readonly onQuietTimer = () => {
    this.quietTimer = null;
    const quietFor = Date.now() - this.lastUpdateAt;
    if (quietFor >= this.options.compactAfterQuietMs) this.compactSafely();
    else this.quietTimer = setTimeout(this.onQuietTimer, this.options.compactAfterQuietMs - quietFor);
  };

  private compactSafely(): void {
    if (this.destroyed) return;
    try {
      this.compact();
    } catch (error) {
      this.log.error('compaction failed', { meetingId: this.meetingId, ...errorFields(error) });
    }
  }

  private readonly relayAwareness = (
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ) => {
    const changed = [...added, ...updated, ...removed];
    if (changed.length === 0) return;
    if (origin instanceof Connection) {
      for (const id of added) this.own(id, origin);
      for (const id of removed) this.disown(id, origin);
    }
    const frame = awarenessFrame(this.awareness, changed);
    for (const connection of this.connections) connection.send(frame);
  };
}
