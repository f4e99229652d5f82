import { vi } from 'vitest';
import type { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { TestServer } from './testServer';
import { waitForDoc } from './testServer';

/** Whether two docs hold the same updates. */
export function sameState(a: Y.Doc, b: Y.Doc): boolean {
  return Buffer.from(Y.encodeStateVector(a)).equals(Buffer.from(Y.encodeStateVector(b)));
}

/**
 * Edits a meeting's document through a stock y-websocket client and
 * resolves once the server has applied the edit: a second client has
 * received it, and the server relays only what it has stored and applied.
 */
export async function writeThroughClient(
  t: TestServer,
  meetingId: string,
  token: string,
  edit: (doc: Y.Doc) => void,
): Promise<{ writer: WebsocketProvider; observer: WebsocketProvider }> {
  const writer = await t.connect(meetingId, token);
  const observer = await t.connect(meetingId, token);
  edit(writer.doc);
  await waitForDoc(observer.doc, (doc) => sameState(doc, writer.doc));
  return { writer, observer };
}

/** Resolves once every room has been flushed and unloaded (the last socket of each has gone). */
export async function roomsUnloaded(t: TestServer): Promise<void> {
  await vi.waitFor(() => {
    if (t.server.rooms.openRooms > 0) throw new Error(`${t.server.rooms.openRooms} rooms still open`);
  });
}
