/**
 * Top-level message types of the y-websocket protocol. Every frame is a
 * varUint of one of these, then its payload. Sync (y-protocols/sync) runs the
 * handshake: each side sends step 1 (its state vector), the other answers
 * step 2 (what the first lacks), then both stream updates. Awareness frames
 * carry presence (name, colour, caret); query-awareness asks for all states;
 * auth carries a permission-denied reason to a client whose write was refused.
 */
export const MESSAGE_SYNC = 0;
export const MESSAGE_AWARENESS = 1;
export const MESSAGE_AUTH = 2;
export const MESSAGE_QUERY_AWARENESS = 3;

/** Sub-types inside a MESSAGE_SYNC frame (y-protocols/sync). */
export const SYNC_STEP_1 = 0;
export const SYNC_STEP_2 = 1;
export const SYNC_UPDATE = 2;

/**
 * Our own top-level type, sent only to sockets that opened with `?acks=1`
 * (a stock client would log "Unable to compute message"): what the server
 * has stored, after it took a client's updates (see savedMessage.ts).
 */
export const MESSAGE_SAVED = 100;
