import * as decoding from 'lib0/decoding';
import { CLOSE_LOCKED, CLOSE_MALFORMED, CLOSE_STORAGE_FAILED, CLOSE_TOO_LARGE, READ_ONLY_REASON, type CloseEvent } from '../../shared/collab/closeCodes';
import {
  MESSAGE_AUTH,
  MESSAGE_AWARENESS,
  MESSAGE_QUERY_AWARENESS,
  MESSAGE_SYNC,
  SYNC_STEP_1,
  SYNC_STEP_2,
  SYNC_UPDATE,
} from '../../shared/collab/messageTypes';
import { may } from '../../shared/adjustment/permissions';
import { MAX_AWARENESS_IDS_PER_SOCKET, MAX_AWARENESS_STATE_BYTES, type AwarenessProblem } from './awarenessCheck';
import type { Connection } from './connection';
import { awarenessFrame, permissionDeniedFrame, syncStep2Frame, updateFrame } from './frames';
import type { Room, UpdateRefusal } from './room';
import { MAX_NESTING_DEPTH } from './updateNesting';
import { scheduleSavedAck } from './savedAcks';
import { updateAddsNothing } from './updateAddsNothing';
import type { VetVerdict } from './vetting/vetMessages';

/**
 * Decodes one frame from a socket and dispatches it to the room. Anything
 * that does not decode closes only this socket; the room is untouched.
 * A large update is checked off the event loop first: then the answer says
 * when the update has been taken or refused; the caller reads nothing more
 * from this socket until then, so its frames stay in order.
 */
export function receiveMessage(room: Room, connection: Connection, frame: Uint8Array): Deferred | undefined {
  // After a shutdown flush nothing more is stored; the client resends on reconnect (sync step 2).
  if (room.isDestroyed) return undefined;
  try {
    return dispatch(room, connection, frame);
  } catch {
    connection.close(CLOSE_MALFORMED);
    return undefined;
  }
}

/** A frame whose handling goes on after receiveMessage returned. */
export interface Deferred {
  /** Settles when it is done, with the milliseconds the event loop spent on it after the check (never rejects). */
  done: Promise<number>;
}

function dispatch(room: Room, connection: Connection, frame: Uint8Array): Deferred | undefined {
  const decoder = decoding.createDecoder(frame);
  const messageType = decoding.readVarUint(decoder);
  switch (messageType) {
    case MESSAGE_SYNC: {
      const syncType = decoding.readVarUint(decoder);
      const payload = decoding.readVarUint8Array(decoder);
      if (syncType === SYNC_STEP_1) {
        connection.send(syncStep2Frame(room.doc, payload));
      } else if (syncType === SYNC_STEP_2 || syncType === SYNC_UPDATE) {
        const relayable = syncType === SYNC_UPDATE ? frame : null;
        if (room.vets(payload)) return { done: receiveLargeUpdate(room, connection, payload, relayable) };
        receiveUpdate(room, connection, payload, relayable);
        scheduleSavedAck(room, connection);
      } else {
        connection.close(CLOSE_MALFORMED);
      }
      return;
    }
    case MESSAGE_AWARENESS: {
      const update = decoding.readVarUint8Array(decoder);
      const problem = room.applyAwareness(connection, update);
      if (problem) connection.close(CLOSE_FOR_AWARENESS[problem]);
      return;
    }
    case MESSAGE_QUERY_AWARENESS: {
      const clients = [...room.awareness.getStates().keys()];
      connection.send(awarenessFrame(room.awareness, clients));
      return;
    }
    case MESSAGE_AUTH:
      // Clients have nothing to authenticate in-band; the socket was authorised on upgrade.
      return;
    default:
      connection.close(CLOSE_MALFORMED);
  }
  return undefined;
}

/** How the socket of a refused update is closed; a close reason may hold at most 123 bytes. */
const CLOSE_FOR_REFUSAL: Record<UpdateRefusal, CloseEvent> = {
  malformed: CLOSE_MALFORMED,
  incomplete: { code: CLOSE_MALFORMED.code, reason: `${CLOSE_MALFORMED.reason}: the update builds on content the server does not have` },
  tooDeep: { code: CLOSE_TOO_LARGE.code, reason: `${CLOSE_TOO_LARGE.reason}: nested deeper than ${MAX_NESTING_DEPTH} levels` },
  tooCostly: { code: CLOSE_TOO_LARGE.code, reason: `${CLOSE_TOO_LARGE.reason}: the change takes too long to apply; send it in smaller parts` },
  documentFull: { code: CLOSE_TOO_LARGE.code, reason: `${CLOSE_TOO_LARGE.reason}: the document has reached its size limit` },
  locked: CLOSE_LOCKED,
  storage: CLOSE_STORAGE_FAILED,
};

const CLOSE_FOR_AWARENESS: Record<AwarenessProblem, CloseEvent> = {
  malformed: CLOSE_MALFORMED,
  tooLarge: { code: CLOSE_TOO_LARGE.code, reason: `${CLOSE_TOO_LARGE.reason}: a presence state over ${MAX_AWARENESS_STATE_BYTES} bytes` },
  tooMany: { code: CLOSE_TOO_LARGE.code, reason: `${CLOSE_TOO_LARGE.reason}: more than ${MAX_AWARENESS_IDS_PER_SOCKET} presence entries` },
};

/** `frame` is the incoming frame when it can be relayed as it is. */
function receiveUpdate(room: Room, connection: Connection, update: Uint8Array, frame: Uint8Array | null): void {
  decide(room, connection, update, frame, () => updateAddsNothing(room.doc, update), null);
}

/** The same decisions as receiveUpdate, on what the vetting worker found. */
async function receiveLargeUpdate(room: Room, connection: Connection, update: Uint8Array, frame: Uint8Array | null): Promise<number> {
  const { verdict, settle } = await room.vet(update);
  const started = performance.now();
  let taken = false;
  try {
    // The socket may have closed, or the room been unloaded, while the worker was at it: nothing is taken then.
    if (!connection.isOpen || room.isDestroyed) return 0;
    taken = decide(room, connection, update, frame, () => verdict.addsNothing, verdict);
  } catch {
    connection.close(CLOSE_MALFORMED);
  } finally {
    settle(taken);
  }
  scheduleSavedAck(room, connection);
  return performance.now() - started;
}

/**
 * What becomes of an update: `addsNothing` answers whether applying it
 * would change nothing; `vetted` is the worker's verdict when it was
 * checked there (null: the room checks it itself). Answers whether the
 * room took it.
 */
function decide(
  room: Room,
  connection: Connection,
  update: Uint8Array,
  frame: Uint8Array | null,
  addsNothing: () => boolean,
  vetted: VetVerdict | null,
): boolean {
  // Bytes Yjs cannot read are refused whoever sent them, as the inline path's decoding does.
  if (vetted?.problem === 'malformed') {
    connection.close(CLOSE_MALFORMED);
    return false;
  }
  if (room.state === 'adjusted') {
    // A step 2 that repeats what the lock holds is harmless; anything new closes the socket.
    if (!addsNothing()) connection.close(CLOSE_LOCKED);
    return false;
  }
  if (!may(connection.role, room.state, 'editText')) {
    // A read-only step 2 normally repeats what the server has; only real changes are refused.
    if (!addsNothing()) connection.send(permissionDeniedFrame(READ_ONLY_REASON));
    return false;
  }
  // A reconnecting editor's step 2 repeats the delete set; storing it again would only grow the log.
  if (frame === null ? addsNothing() : isEmptyUpdate(update)) return false;
  const refusal = vetted?.problem ?? room.receiveUpdate(connection, update, frame ?? updateFrame(update), vetted !== null);
  if (refusal) connection.close(CLOSE_FOR_REFUSAL[refusal]);
  return refusal === null;
}


/** The update with no structs and no deletions, as Yjs encodes it. */
function isEmptyUpdate(update: Uint8Array): boolean {
  return update.length === 2 && update[0] === 0 && update[1] === 0;
}
