import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { CreateMeetingResponse } from '../../shared/api/types';
import { MESSAGE_SAVED } from '../../shared/collab/messageTypes';
import { insertionsMissing, readSavedMessage, stateDigest, type SavedState } from '../../shared/collab/savedMessage';
import { startTestServer, textOf, waitForDoc, type TestServer } from '../testing/testServer';

let t: TestServer;
let meeting: CreateMeetingResponse;

beforeEach(async () => {
  t = await startTestServer();
  meeting = await t.createMeeting();
});

afterEach(async () => {
  await t.stop();
});

interface SavedClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Every saved message, with whether it covered the whole document as it stood when it was read. */
  received: { saved: SavedState; coversAll: boolean }[];
  /** Resolves at the first saved message, from now on, that covers the whole document. */
  allSaved(): Promise<void>;
}

/** A stock y-websocket client that asks for saved messages and reads them the way the browser does. */
async function savedClient(token: string, acks = true): Promise<SavedClient> {
  const ticket = await t.ticket(meeting.id, token);
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(t.wsBase, meeting.id, doc, {
    params: acks ? { ticket, acks: '1' } : { ticket },
    // ws implements the browser WebSocket interface the provider expects.
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  const received: SavedClient['received'] = [];
  let waiters: (() => void)[] = [];
  provider.messageHandlers[MESSAGE_SAVED] = (_encoder, decoder) => {
    const saved = readSavedMessage(decoder);
    const coversAll = insertionsMissing(doc, saved.stateVector) === 0 && saved.digest === stateDigest(doc);
    received.push({ saved, coversAll });
    if (coversAll) {
      for (const wake of waiters) wake();
      waiters = [];
    }
  };
  await new Promise<void>((resolve) => (provider.synced ? resolve() : provider.once('sync', () => resolve())));
  return { doc, provider, received, allSaved: () => new Promise((resolve) => waiters.push(resolve)) };
}

const tokenOf = (role: keyof CreateMeetingResponse['invites']) => meeting.invites[role].token;

describe('the saved message', () => {
  it('tells a client that asked for it, after it typed, that the server holds all of it', async () => {
    const secretary = await savedClient(tokenOf('secretary'));
    const saved = secretary.allSaved();
    secretary.doc.getText('t').insert(0, '§ 1 Mötets öppnande');
    await saved;
    // The server's own copy is what the message said: a fresh client gets the same text.
    const fresh = await t.connect(meeting.id, tokenOf('adjuster'));
    expect(textOf(fresh.doc)).toBe('§ 1 Mötets öppnande');
    fresh.destroy();
    secretary.provider.destroy();
  });

  it('covers deletions, which add nothing to the state vector: a backspace is saved only once the server holds it', async () => {
    const secretary = await savedClient(tokenOf('secretary'));
    const typed = secretary.allSaved();
    secretary.doc.getText('t').insert(0, 'Beslutet fattades enhälligt');
    await typed;
    const vectorBefore = Y.encodeStateVector(secretary.doc);
    const deleted = secretary.allSaved();
    secretary.doc.getText('t').delete(17, 10);
    expect(Y.encodeStateVector(secretary.doc)).toEqual(vectorBefore);
    await deleted;
    const fresh = await t.connect(meeting.id, tokenOf('adjuster'));
    expect(textOf(fresh.doc)).toBe('Beslutet fattades');
    fresh.destroy();
    secretary.provider.destroy();
  });

  it('never covers an edit the server refused: a viewer who types is not told it was saved', async () => {
    const viewer = await savedClient(tokenOf('viewer'));
    viewer.doc.getText('t').insert(0, 'Ej tillåtet');
    const secretary = await savedClient(tokenOf('secretary'));
    const secretarySaved = secretary.allSaved();
    secretary.doc.getText('t').insert(0, 'Protokoll ');
    await secretarySaved;
    // The viewer has had the secretary's text relayed and a saved message after it; none covers its own.
    await waitForDoc(viewer.doc, (doc) => textOf(doc).includes('Protokoll'));
    await expect.poll(() => viewer.received.length).toBeGreaterThan(0);
    expect(viewer.received.every((message) => !message.coversAll)).toBe(true);
    const last = viewer.received.at(-1)!.saved;
    expect(insertionsMissing(viewer.doc, last.stateVector)).toBe('Ej tillåtet'.length);
    viewer.provider.destroy();
    secretary.provider.destroy();
  });

  it('is covered again after a reconnect that resends nothing new, and is sent to a client whose document is as the server has it', async () => {
    const secretary = await savedClient(tokenOf('secretary'));
    const typed = secretary.allSaved();
    secretary.doc.getText('t').insert(0, 'Närvarande: Anna, Bo');
    await typed;
    secretary.provider.disconnect();
    const again = secretary.allSaved();
    secretary.provider.connect();
    await again;
    secretary.provider.destroy();
  });

  it('is not sent to a stock client that did not ask for it', async () => {
    const stock = await savedClient(tokenOf('participant'), false);
    const other = await savedClient(tokenOf('secretary'));
    const saved = other.allSaved();
    stock.doc.getText('t').insert(0, 'Hej');
    other.doc.getText('t').insert(0, 'Då');
    await saved;
    await waitForDoc(stock.doc, (doc) => textOf(doc).includes('Då'));
    expect(stock.received).toEqual([]);
    stock.provider.destroy();
    other.provider.destroy();
  });
});
