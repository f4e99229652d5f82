import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as prng from 'lib0/prng';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { CreateMeetingResponse, TicketResponse } from '../../shared/api/types';
import { COLLAB_PATH } from '../../shared/collab/constants';
import { MESSAGE_SAVED } from '../../shared/collab/messageTypes';
import { readSavedMessage, SAVED_ACKS_PARAM } from '../../shared/collab/savedMessage';
import { httpJson } from './httpJson';
import { spawnServer, type ServerProcess } from './spawnServer';

/** What one round found: what the peers had been told before the kill, and what of it the restarted server lacks. */
export interface KillRound {
  round: number;
  /** Milliseconds the peers typed before the server was killed. */
  typedMs: number;
  /** Updates relayed to a peer before the kill (each was stored before it was relayed). */
  relayed: number;
  /** Insertions (clock units) typed in this round that the server had said were saved, summed over the peers told. */
  saved: number;
  /** Relayed updates the restarted server does not hold. */
  lostRelayed: number;
  /** Saved insertions the restarted server does not hold. */
  lostSaved: number;
}

export interface KillOptions {
  rounds: number;
  seed: number;
  /** Typing peers per round. */
  peers?: number;
  onRound?: (round: KillRound) => void;
}

interface Peer {
  doc: Y.Doc;
  provider: WebsocketProvider;
  relayed: Uint8Array[];
  saved: Map<number, number>;
  /** The document's state vector when the peer had synced: what earlier rounds wrote. */
  atStart: Map<number, number>;
}

/**
 * Stock clients type into a real server process, which is SIGKILLed at a
 * random moment while they type and started again on the same data
 * directory; a fresh client then checks that every update a peer had been
 * relayed, and everything the server had said it saved, is there. The
 * typing peers are dropped at the kill, so nothing they hold can be handed
 * back to the new process: what the fresh client finds came from disk.
 */
export async function killRounds(options: KillOptions): Promise<KillRound[]> {
  const gen = prng.create(options.seed);
  const dataDir = await mkdtemp(path.join(tmpdir(), 'protokoll-kill-'));
  const results: KillRound[] = [];
  let server: ServerProcess = await spawnServer({ dataDir });
  try {
    const created = await httpJson('POST', `${server.url}/api/meetings`, { body: { title: 'Kommunstyrelsen', kind: 'protocol' } });
    if (created.status !== 201) throw new Error(`create meeting answered ${created.status}`);
    const meeting = created.json as CreateMeetingResponse;
    for (let round = 1; round <= options.rounds; round++) {
      const peers = await Promise.all(Array.from({ length: options.peers ?? 3 }, () => connectPeer(server, meeting, true)));
      const typedMs = prng.int32(gen, 50, 600);
      const stopTyping = peers.map((peer) => typeAtRandom(peer.doc, gen));
      await new Promise((resolve) => setTimeout(resolve, typedMs));
      // Mid-keystroke: the typers are still going when the process dies.
      await server.kill();
      for (const stop of stopTyping) stop();
      for (const peer of peers) peer.provider.destroy();

      server = await spawnServer({ dataDir });
      const fresh = await connectPeer(server, meeting, false);
      const holds = Y.snapshot(fresh.doc);
      const held = Y.decodeStateVector(Y.encodeStateVector(fresh.doc));
      const result: KillRound = { round, typedMs, relayed: 0, saved: 0, lostRelayed: 0, lostSaved: 0 };
      for (const peer of peers) {
        result.relayed += peer.relayed.length;
        result.lostRelayed += peer.relayed.filter((update) => !Y.snapshotContainsUpdate(holds, update)).length;
        for (const [client, clock] of peer.saved) {
          result.saved += Math.max(0, clock - (peer.atStart.get(client) ?? 0));
          result.lostSaved += Math.max(0, clock - (held.get(client) ?? 0));
        }
        peer.doc.destroy();
      }
      fresh.provider.destroy();
      fresh.doc.destroy();
      results.push(result);
      options.onRound?.(result);
    }
  } finally {
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
  return results;
}

async function connectPeer(server: ServerProcess, meeting: CreateMeetingResponse, acks: boolean): Promise<Peer> {
  const token = meeting.invites.secretary.token;
  const response = await httpJson('POST', `${server.url}/api/meetings/${meeting.id}/ticket`, { headers: { authorization: `Bearer ${token}` } });
  if (response.status !== 200) throw new Error(`ticket answered ${response.status}`);
  const { ticket } = response.json as TicketResponse;
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`${server.url.replace(/^http/, 'ws')}${COLLAB_PATH}`, meeting.id, doc, {
    params: acks ? { ticket, [SAVED_ACKS_PARAM]: '1' } : { ticket },
    // ws implements the browser WebSocket interface the provider expects.
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  const peer: Peer = { doc, provider, relayed: [], saved: new Map(), atStart: new Map() };
  doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin === provider) peer.relayed.push(update);
  });
  provider.messageHandlers[MESSAGE_SAVED] = (_encoder, decoder) => {
    peer.saved = readSavedMessage(decoder).stateVector;
  };
  await new Promise<void>((resolve) => (provider.synced ? resolve() : provider.once('sync', () => resolve())));
  peer.atStart = Y.decodeStateVector(Y.encodeStateVector(doc));
  return peer;
}

/** Inserts and deletes at random places every few milliseconds until stopped. */
function typeAtRandom(doc: Y.Doc, gen: prng.PRNG): () => void {
  const text = doc.getText('protocol');
  const timer = setInterval(() => {
    if (text.length > 0 && prng.int32(gen, 0, 4) === 0) {
      const at = prng.int32(gen, 0, text.length - 1);
      text.delete(at, Math.min(prng.int32(gen, 1, 5), text.length - at));
    } else {
      text.insert(prng.int32(gen, 0, text.length), prng.word(gen, 1, 8) + ' ');
    }
  }, prng.int32(gen, 2, 15));
  return () => clearInterval(timer);
}
