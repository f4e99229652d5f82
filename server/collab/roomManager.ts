import type { WebSocket } from 'ws';
import type { MeetingState } from '../../shared/meetingKind';
import type { CloseEvent } from '../../shared/collab/closeCodes';
import type { Role } from '../../shared/roles';
import type { Logger } from '../logger';
import { errorFields } from '../logger';
import type { RoomStore } from '../persistence/roomStore';
import { AddressBudgets } from './addressBudgets';
import { Connection } from './connection';
import { receiveMessage } from './messageReceiver';
import { unsavedPeers } from '../../shared/collab/unsavedPeers';
import { Room, type RoomOptions } from './room';
import { SocketBudget, type SocketBudgetOptions } from './socketBudget';

/**
 * A socket within its budget may still not hold the event loop for its whole
 * burst at once: after this many milliseconds of its frames it waits one
 * turn of the loop, so a flood of cheap frames arrives interleaved with
 * everyone else's keystrokes instead of ahead of them.
 */
const TURN_MS = 5;

/** What each socket may send and have queued (see SocketBudget, Connection.send). */
export interface SocketLimits {
  budget: SocketBudgetOptions | null;
  /** The event loop's milliseconds per second all sockets of one client address may take together (see AddressBudgets). */
  addressBusyMsPerSecond?: number;
  maxBufferedBytes: number;
}

const UNLIMITED: SocketLimits = { budget: null, maxBufferedBytes: Number.POSITIVE_INFINITY };

export interface RoomHooks {
  /** The meeting's workflow state when its room loads (default draft). */
  stateOf?: (meetingId: string) => MeetingState;
  /** Told of every socket that joins (the audit log records joins). */
  onJoin?: (meetingId: string, role: Role) => void;
}

/**
 * The open rooms. A room is loaded when its first socket arrives and is
 * flushed and unloaded when its last one leaves, so memory follows the
 * number of meetings in progress, not the number ever held.
 */
export class RoomManager {
  private readonly rooms = new Map<string, Room>();
  /** Per meeting: sockets holding frames back (an update being checked, the frames behind it), and who waits for them. */
  private readonly checking = new Map<string, { count: number; waiters: (() => void)[] }>();
  private nextConnectionId = 1;
  private readonly addresses: AddressBudgets | null;

  constructor(
    private readonly store: RoomStore,
    private readonly options: RoomOptions,
    private readonly log: Logger,
    private readonly hooks: RoomHooks = {},
    private readonly limits: SocketLimits = UNLIMITED,
  ) {
    this.addresses = limits.addressBusyMsPerSecond ? new AddressBudgets(limits.addressBusyMsPerSecond, limits.budget?.burstSeconds ?? 2) : null;
  }

  get openRooms(): number {
    return this.rooms.size;
  }

  /** Who has the meeting open with edits the server has not confirmed (see unsavedPeers); nobody when no room is open. */
  unsavedPeers(meetingId: string): string[] {
    const room = this.rooms.get(meetingId);
    return room ? unsavedPeers(room.awareness.getStates()) : [];
  }

  /** The loaded room of a meeting, if any (for tests and diagnostics). */
  peek(meetingId: string): Room | undefined {
    return this.rooms.get(meetingId);
  }

  /**
   * Runs `use` on the meeting's room: the open one, or one loaded for the
   * call and unloaded after it (flushed like any room whose last socket left).
   */
  withRoom<T>(meetingId: string, use: (room: Room) => T): T {
    const open = this.rooms.get(meetingId);
    if (open) return use(open);
    const room = this.open(meetingId);
    try {
      return use(room);
    } finally {
      if (room.connections.size === 0 && this.rooms.get(meetingId) === room) this.unload(room);
    }
  }

  /** Attaches an authorised socket to its meeting's room; `address` is its client's (see addressKey), shared by its other sockets. */
  attach(socket: WebSocket, meetingId: string, role: Role, address?: string, inviteId: string | null = null): Connection {
    const room = this.open(meetingId);
    const connection = new Connection(socket, meetingId, role, this.nextConnectionId++, this.limits.maxBufferedBytes);
    connection.inviteId = inviteId;
    const budget = this.limits.budget ? new SocketBudget(this.limits.budget) : null;
    const share = address !== undefined ? (this.addresses?.acquire(address) ?? null) : null;
    // Frames ws had already read when the socket was paused; bounded by one read of the socket.
    const waiting: Uint8Array[] = [];
    // While set, frames wait in `waiting`: the budget is refilling, or a large update is being checked.
    let holding = false;
    let resting: NodeJS.Timeout | null = null;
    let first = true;
    // Event-loop time this socket's frames took since it last let others go first.
    let turnMs = 0;
    const handle = (frame: Uint8Array): void => {
      // After the server closed a socket (a refused update) nothing more from it is taken.
      if (!connection.isOpen) return;
      const started = performance.now();
      const checking = receiveMessage(room, connection, frame);
      const spentMs = performance.now() - started;
      if (!checking) {
        settle(frame.byteLength, spentMs);
        return;
      }
      // Its later frames may build on it: they wait, in order, until it is taken or refused.
      hold();
      void checking.done.then((laterMs) => {
        if (settle(frame.byteLength, spentMs + laterMs)) release();
      });
    };
    /** Charges the budget for one frame; false when the socket must now rest. */
    const settle = (bytes: number, spentMs: number): boolean => {
      // A socket's first message (its sync step 1, answered with the whole document) is on the house;
      // its address pays for it, or a hundred sockets would each download the document for free.
      const rest = Math.max(budget?.spend(bytes, first ? 0 : spentMs) ?? 0, share?.spend(spentMs) ?? 0);
      first = false;
      turnMs += spentMs;
      if (rest === 0 && turnMs < TURN_MS) return true;
      turnMs = 0;
      // Nothing more is read until the budget has refilled, or (within budget) until every other
      // socket and request waiting has had its turn; the sender's own buffers hold the rest.
      hold();
      resting = setTimeout(release, rest);
      return false;
    };
    // While a socket holds frames back, its meeting counts as unsettled (see settled()): from the first hold until
    // every frame that waited has been handled, not merely until the check that caused it ends.
    let counted = false;
    const hold = () => {
      if (holding) return;
      holding = true;
      if (!counted) {
        counted = true;
        this.holdStarted(meetingId);
      }
      socket.pause();
    };
    const release = () => {
      resting = null;
      holding = false;
      while (waiting.length > 0 && !holding && !addressOwes()) handle(waiting.shift()!);
      if (!holding) {
        uncount();
        socket.resume();
      }
    };
    const uncount = () => {
      if (!counted) return;
      counted = false;
      this.holdEnded(meetingId);
    };
    /** Whether this socket must wait because its address's other sockets spent the share; if so it rests. */
    const addressOwes = (): boolean => {
      const rest = share?.spend(0) ?? 0;
      if (rest === 0) return false;
      hold();
      resting = setTimeout(release, rest);
      return true;
    };
    socket.binaryType = 'nodebuffer';
    socket.on('message', (data, isBinary) => {
      if (!isBinary || !Buffer.isBuffer(data)) {
        connection.close({ code: 4400, reason: 'expected a binary frame' });
        return;
      }
      const frame = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
      if (holding || addressOwes()) waiting.push(frame);
      else handle(frame);
    });
    socket.on('close', () => {
      if (resting) clearTimeout(resting);
      // Its held frames will not be taken now.
      uncount();
      share?.release();
      if (connection.dropped) this.log.warn('dropped a socket that does not read', { meetingId, connection: connection.id });
      this.detach(room, connection);
    });
    socket.on('error', (error) => this.log.warn('socket error', { meetingId, ...errorFields(error) }));
    room.join(connection);
    this.hooks.onJoin?.(meetingId, role);
    this.log.debug('joined', { meetingId, role, connection: connection.id, sockets: room.connections.size });
    return connection;
  }

  /**
   * Resolves once no socket of this meeting holds frames back any more:
   * every update its sockets sent so far has been taken or refused (a large
   * one is checked off the event loop first, and those behind it wait), or
   * after `timeoutMs`. An export or a read made right after a big paste then
   * holds the paste, instead of the document from before it.
   */
  settled(meetingId: string, timeoutMs: number): Promise<void> {
    const pending = this.checking.get(meetingId);
    if (!pending) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, timeoutMs);
      pending.waiters.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  private holdStarted(meetingId: string): void {
    const pending = this.checking.get(meetingId);
    if (pending) pending.count += 1;
    else this.checking.set(meetingId, { count: 1, waiters: [] });
  }

  private holdEnded(meetingId: string): void {
    const pending = this.checking.get(meetingId);
    if (!pending) return;
    pending.count -= 1;
    if (pending.count > 0) return;
    this.checking.delete(meetingId);
    for (const waiter of pending.waiters) waiter();
  }

  /** Every socket of every open room. */
  connections(): Connection[] {
    return [...this.rooms.values()].flatMap((room) => [...room.connections]);
  }

  /** Closes the sockets opened with one role's link in one meeting (it was withdrawn), not those of personal invitations of that role; answers how many. */
  closeRole(meetingId: string, role: Role, event: CloseEvent): number {
    return this.closeWhere(meetingId, (connection) => connection.role === role && connection.inviteId === null, event);
  }

  /** Closes the sockets opened under one personal invitation (it was withdrawn); answers how many. */
  closeInvite(meetingId: string, inviteId: string, event: CloseEvent): number {
    return this.closeWhere(meetingId, (connection) => connection.inviteId === inviteId, event);
  }

  private closeWhere(meetingId: string, matches: (connection: Connection) => boolean, event: CloseEvent): number {
    const room = this.rooms.get(meetingId);
    if (!room) return 0;
    const closing = [...room.connections].filter(matches);
    for (const connection of closing) connection.close(event);
    return closing.length;
  }

  /** Flushes every room and closes its sockets with `event` (graceful shutdown). */
  closeAll(event: CloseEvent): void {
    for (const room of [...this.rooms.values()]) {
      for (const connection of room.connections) connection.close(event);
      this.unload(room);
    }
  }

  private open(meetingId: string): Room {
    let room = this.rooms.get(meetingId);
    if (!room) {
      room = new Room(meetingId, this.store, this.options, this.log, this.hooks.stateOf?.(meetingId) ?? 'draft');
      this.rooms.set(meetingId, room);
    }
    return room;
  }

  private detach(room: Room, connection: Connection): void {
    connection.forget();
    if (room.leave(connection) && this.rooms.get(room.meetingId) === room) this.unload(room);
  }

  private unload(room: Room): void {
    this.rooms.delete(room.meetingId);
    room.destroy();
    this.log.debug('unloaded', { meetingId: room.meetingId });
  }
}
