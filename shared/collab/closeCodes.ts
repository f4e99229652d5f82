/** A WebSocket close the server sends, with the reason a client can show. */
export interface CloseEvent {
  code: number;
  reason: string;
}

/** The frame could not be decoded; only this socket is closed. */
export const CLOSE_MALFORMED: CloseEvent = { code: 4400, reason: 'malformed message' };
/** No credential, or one that is unknown or expired. */
export const CLOSE_UNAUTHORIZED: CloseEvent = { code: 4401, reason: 'unauthorized' };
/** A credential for another meeting, or a cookie from a foreign origin. */
export const CLOSE_FORBIDDEN: CloseEvent = { code: 4403, reason: 'forbidden' };
/** The meeting in the URL does not exist. */
export const CLOSE_NOT_FOUND: CloseEvent = { code: 4404, reason: 'meeting not found' };
/** The document is adjusted (locked): no change is accepted. */
export const CLOSE_LOCKED: CloseEvent = { code: 4409, reason: 'locked' };
/** A frame, an update or the document it would make is larger than the server accepts. */
export const CLOSE_TOO_LARGE: CloseEvent = { code: 4413, reason: 'too large' };
/** The page speaks a protocol version the server does not serve (a tab open across a deploy): reload it. */
export const CLOSE_VERSION: CloseEvent = { code: 4426, reason: 'version not supported' };
/** The update could not be stored; the client reconnects and resends. */
export const CLOSE_STORAGE_FAILED: CloseEvent = { code: 4500, reason: 'storage failed' };
/** The server is shutting down after flushing; clients reconnect. */
export const CLOSE_SERVER_RESTART: CloseEvent = { code: 1012, reason: 'server restarting' };

/** Reason sent in a permission-denied auth message when a viewer writes. */
export const READ_ONLY_REASON = 'read-only: your role may not edit this document';
