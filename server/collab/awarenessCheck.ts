import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/** Largest presence state of one entry: a caret, a name and a colour take some 200 bytes. */
export const MAX_AWARENESS_STATE_BYTES = 8 * 1024;
/** Presence entries one socket may own: a tab has one; a few spare for a client that restarts its document. */
export const MAX_AWARENESS_IDS_PER_SOCKET = 4;

export type AwarenessProblem = 'malformed' | 'tooLarge' | 'tooMany';

/** Who holds a presence entry the server knows, and at which clock. */
export interface AwarenessEntryFacts {
  clock: number;
  holder: 'this' | 'sameRole' | 'otherRole' | 'nobody';
}

export type AwarenessVerdict =
  | { problem: AwarenessProblem }
  | {
      problem: null;
      /** The update with only the entries this socket may set, or null when none is left. */
      update: Uint8Array | null;
      /** Entries the socket now owns. */
      claimed: number[];
    };

interface Entry {
  id: number;
  clock: number;
  state: string;
  /** The state as JSON.parse read it: checked once, stamped from it. */
  parsed: unknown;
}

/**
 * Sorts a presence update before the room applies and relays it. A stock
 * y-websocket client sends back every presence it hears of, so entries of
 * other sockets are dropped, not refused: at their clock they change
 * nothing, and with a newer clock they would let one participant overwrite
 * another's caret and name (the chair's). A newer entry nobody holds is
 * claimed by this socket, and so is one its own person's earlier socket
 * held (a tab that reconnected before the server saw its old socket close):
 * the same role, with a newer clock. A socket may own a few entries of
 * bounded size.
 */
export function sortAwareness(update: Uint8Array, facts: (id: number) => AwarenessEntryFacts | null, owned: number, person: string | null = null): AwarenessVerdict {
  let entries: Entry[];
  try {
    entries = decodeEntries(update);
  } catch {
    return { problem: 'malformed' };
  }
  const kept: Entry[] = [];
  const claimed: number[] = [];
  for (const entry of entries) {
    if (entry.state.length > MAX_AWARENESS_STATE_BYTES) return { problem: 'tooLarge' };
    const known = facts(entry.id);
    const newer = known === null || entry.clock > known.clock;
    if (newer && (known === null || known.holder === 'nobody' || known.holder === 'sameRole')) {
      claimed.push(entry.id);
      kept.push(entry);
    } else if (known.holder === 'this') {
      kept.push(entry);
    }
  }
  if (owned + claimed.length > MAX_AWARENESS_IDS_PER_SOCKET) return { problem: 'tooMany' };
  const stamped = kept.map((entry) => ({ ...entry, state: stampParsed(entry.state, entry.parsed, person) }));
  return { problem: null, update: stamped.length > 0 ? encodeEntries(stamped) : null, claimed };
}

/** Longest name a role link's holder may show at their caret (the client's own limit). */
const MAX_SHOWN_NAME = 60;

/**
 * The server owns who a presence entry says it is: the session's person's
 * name, marked verified, or the name a role link's holder typed, marked
 * unverified. A client's `verified: true` or the chair's name typed into a
 * participant link are overwritten, never relayed. A removal (null) and a
 * state without a user stay as they are.
 */
export function stampUser(state: string, person: string | null): string {
  return stampParsed(state, JSON.parse(state), person);
}

/** stampUser on a state already parsed (sortAwareness parses each one once, on a path every caret move takes). */
function stampParsed(state: string, parsed: unknown, person: string | null): string {
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return state;
  const record = parsed as Record<string, unknown>;
  const user = record.user !== null && typeof record.user === 'object' && !Array.isArray(record.user) ? (record.user as Record<string, unknown>) : null;
  if (!user && person === null) return state;
  const typed = typeof user?.name === 'string' ? user.name.slice(0, MAX_SHOWN_NAME) : '';
  return JSON.stringify({ ...record, user: { ...user, name: person ?? typed, verified: person !== null } });
}

function decodeEntries(update: Uint8Array): Entry[] {
  const decoder = decoding.createDecoder(update);
  const entries: Entry[] = [];
  const count = decoding.readVarUint(decoder);
  for (let index = 0; index < count; index++) {
    const id = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const state = decoding.readVarString(decoder);
    // y-protocols parses it on apply and would throw there, after the entries before it.
    const parsed: unknown = JSON.parse(state);
    entries.push({ id, clock, state, parsed });
  }
  if (decoding.hasContent(decoder)) throw new Error('bytes after the last entry');
  return entries;
}

function encodeEntries(entries: Entry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const { id, clock, state } of entries) {
    encoding.writeVarUint(encoder, id);
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarString(encoder, state);
  }
  return encoding.toUint8Array(encoder);
}
