/**
 * The version of what the client and the server must agree on: the wire
 * messages and the shape of the document. Bump it when a change means that
 * a page built before it would write something the new server cannot serve
 * (or the reverse); a page of another version is then refused before it
 * writes, and told to reload.
 */
export const PROTOCOL_VERSION = 1;

/** Query parameter of the collaboration socket that carries the page's version. */
export const PROTOCOL_VERSION_PARAM = 'v';

/** Header of a ticket request that carries the caller's version. */
export const PROTOCOL_VERSION_HEADER = 'x-protokoll-version';
