import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { MESSAGE_AUTH, MESSAGE_SYNC, SYNC_STEP_1, SYNC_STEP_2, SYNC_UPDATE } from '../../shared/collab/messageTypes';
import type { TestServer } from './testServer';

/** What a raw socket has been sent, decoded enough to tell a relayed update from a handshake. */
export interface RawSocket {
  socket: WebSocket;
  /** The server's document as this socket learned it from the handshake (step 2) and relayed updates. */
  doc: Y.Doc;
  /** Update frames (sync update type) the server relayed to this socket. */
  relayed: Uint8Array[];
  /** Permission-denied reasons the server sent. */
  denied: string[];
  closed: Promise<{ code: number; reason: string }>;
  send(frame: Uint8Array): void;
}

/**
 * A hand-driven y-websocket client: it answers nothing by itself, so a test
 * decides exactly which frames the server sees (a forged client). Resolves
 * once the server's sync step 2 has arrived.
 */
export async function openRawSocket(t: TestServer, meetingId: string, token: string, headers: Record<string, string> = {}): Promise<RawSocket> {
  const ticket = await t.ticket(meetingId, token);
  const socket = new WebSocket(`${t.wsBase}/${meetingId}?ticket=${ticket}`, { headers });
  const doc = new Y.Doc();
  const relayed: Uint8Array[] = [];
  const denied: string[] = [];
  const closed = new Promise<{ code: number; reason: string }>((resolve) => {
    socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() }));
  });
  let synced: () => void = () => undefined;
  const handshake = new Promise<void>((resolve) => (synced = resolve));
  socket.on('message', (data: Buffer) => {
    const decoder = decoding.createDecoder(new Uint8Array(data));
    const type = decoding.readVarUint(decoder);
    if (type === MESSAGE_AUTH) {
      decoding.readVarUint(decoder);
      denied.push(decoding.readVarString(decoder));
      return;
    }
    if (type !== MESSAGE_SYNC) return;
    const syncType = decoding.readVarUint(decoder);
    const payload = decoding.readVarUint8Array(decoder);
    if (syncType === SYNC_STEP_2) {
      Y.applyUpdate(doc, payload);
      synced();
    } else if (syncType === SYNC_UPDATE) {
      relayed.push(payload);
      Y.applyUpdate(doc, payload);
    } else if (syncType === SYNC_STEP_1) {
      // Answered by the test when it wants to; the handshake only needs the server's step 2.
    }
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  // Ask for the server's state: a step 1 with an empty state vector.
  socket.send(syncFrame(SYNC_STEP_1, Y.encodeStateVector(new Y.Doc())));
  await handshake;
  return { socket, doc, relayed, denied, closed, send: (frame) => socket.send(frame) };
}

/** A sync frame of the given sub-type (step 1, step 2 or update) around `payload`. */
export function syncFrame(syncType: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  encoding.writeVarUint(encoder, syncType);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

/** How a socket opened at `url` ends: the server's close code and reason (for credentials that must be refused). */
export function closeOf(url: string): Promise<{ code: number; reason: string }> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url);
    socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() }));
    socket.on('error', reject);
  });
}

/** `count` one-character updates, each as its own sync frame: what a flooding client sends. */
export function oneCharacterFrames(count: number, name = 't'): Uint8Array[] {
  const source = new Y.Doc();
  const frames: Uint8Array[] = [];
  source.on('update', (update: Uint8Array) => frames.push(syncFrame(SYNC_UPDATE, update)));
  for (let index = 0; index < count; index++) source.getText(name).insert(index, 'a');
  source.destroy();
  return frames;
}
