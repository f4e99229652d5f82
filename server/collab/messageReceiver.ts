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
import { updateAddsNothing } from './updateAddsNothing';

/**
 * Decodes one frame from a socket and dispatches it to the room. Anything
 * that does not decode closes only this socket; the room is untouched.
 */
export function receiveMessage(room: Room, connection: Connection, frame: Uint8Array): void {
  // After a shutdown flush nothing more is stored; the client resends on reconnect (sync step 2).
  if (room.isDestroyed) return;
  try {
    dispatch(room, connection, frame);
  } catch {
    connection.close(CLOSE_MALFORMED);
  }
}

function dispatch(room: Room, connection: Connection, frame: Uint8Array): void {
  const decoder = decoding.createDecoder(frame);
  const messageType = decoding.readVarUint(decoder);
  switch (messageType) {
    case MESSAGE_SYNC: {
      const syncType = decoding.readVarUint(decoder);
      const payload = decoding.readVarUint8Array(decoder);
      if (syncType === SYNC_STEP_1) {
        connection.send(syncStep2Frame(room.doc, payload));
      } else if (syncType === SYNC_STEP_2 || syncType === SYNC_UPDATE) {
        receiveUpdate(room, connection, payload, syncType === SYNC_UPDATE ? frame : null);
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
}

/** How the socket of a refused update is closed; a close reason may hold at most 123 bytes. */
const CLOSE_FOR_REFUSAL: Record<UpdateRefusal, CloseEvent> = {
  malformed: CLOSE_MALFORMED,
  incomplete: { code: CLOSE_MALFORMED.code, reason: `${CLOSE_MALFORMED.reason}: the update builds on content the server does not have` },
  tooDeep: { code: CLOSE_TOO_LARGE.code, reason: `${CLOSE_TOO_LARGE.reason}: nested deeper than ${MAX_NESTING_DEPTH} levels` },
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
  if (room.state === 'adjusted') {
    // A step 2 that repeats what the lock holds is harmless; anything new closes the socket.
    if (!updateAddsNothing(room.doc, update)) connection.close(CLOSE_LOCKED);
    return;
  }
  if (!may(connection.role, room.state, 'editText')) {
    // A read-only step 2 normally repeats what the server has; only real changes are refused.
    if (!updateAddsNothing(room.doc, update)) connection.send(permissionDeniedFrame(READ_ONLY_REASON));
    return;
  }
  // A reconnecting editor's step 2 repeats the delete set; storing it again would only grow the log.
  if (frame === null ? updateAddsNothing(room.doc, update) : isEmptyUpdate(update)) return;
  const refusal = room.receiveUpdate(connection, update, frame ?? updateFrame(update));
  if (refusal) connection.close(CLOSE_FOR_REFUSAL[refusal]);
}


/** The update with no structs and no deletions, as Yjs encodes it. */
function isEmptyUpdate(update: Uint8Array): boolean {
  return update.length === 2 && update[0] === 0 && update[1] === 0;
}
