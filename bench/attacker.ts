/**
 * A hostile participant for the isolation bench, in its own process so its
 * work does not slow the measuring editors. It joins one room and, until
 * it gets SIGTERM, sends one kind of frame as fast as its socket takes them
 * (about 1 MiB in flight), reconnecting at once whenever the server closes
 * it:
 * - small: one-character updates (a flood);
 * - big: updates just under 1 MiB of 50 000 one-character inserts scattered
 *   over its text, the costliest honest-looking update for Yjs to apply;
 * - pending: just under 1 MiB of deletions of content nobody wrote;
 * - empty: just under 1 MiB of zero-length GC structs;
 * - oversize: the 4 MB (a million deletions of unknown content) and 8 MB
 *   (four million empty structs) frames of issue 10, taking turns.
 * On SIGTERM it prints one JSON line (frames sent, closes by code and
 * reason) and exits.
 * Usage: tsx bench/attacker.ts <ws url> <room> <params as JSON> <mode> [local address]
 */
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { MESSAGE_SYNC } from '../shared/collab/messageTypes';
import { deletionsOfUnknownContent, emptyGcStructs } from '../server/testing/largeUpdates';
import { ATTACK_MODES, type AttackMode } from './attackModes';

const IN_FLIGHT_BYTES = 1024 * 1024;

function updateFrame(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** Frames a mode sends, one after another; a fresh source per connection. */
function frameSource(mode: AttackMode): () => Uint8Array {
  switch (mode) {
    case 'small':
    case 'big': {
      // A new doc per connection: after a refusal the server lacks its earlier clocks, and updates building on them would only be pending.
      const doc = new Y.Doc();
      const text = doc.getText('flood');
      let last: Uint8Array = new Uint8Array();
      doc.on('update', (update: Uint8Array) => (last = update));
      return () => {
        if (mode === 'big') {
          doc.transact(() => {
            for (let index = 0; index < 50_000; index++) text.insert((index * 7919) % (text.length + 1), 'x');
          });
        } else {
          text.insert(text.length, 'x');
        }
        return updateFrame(last);
      };
    }
    case 'pending': {
      const frame = updateFrame(deletionsOfUnknownContent(200_000));
      return () => frame;
    }
    case 'empty': {
      const frame = updateFrame(emptyGcStructs(400_000));
      return () => frame;
    }
    case 'oversize': {
      const frames = [updateFrame(deletionsOfUnknownContent(1_000_000)), updateFrame(emptyGcStructs(4_000_000))];
      let next = 0;
      return () => frames[next++ % frames.length] as Uint8Array;
    }
  }
}

function main(): void {
  const [serverUrl, room, paramsJson, modeArg = 'small', localAddress] = process.argv.slice(2);
  if (!serverUrl || !room) throw new Error('usage: attacker.ts <ws url> <room> <params as JSON> <mode> [local address]');
  const mode = ATTACK_MODES.find((m) => m === modeArg);
  if (mode === undefined) throw new Error(`mode must be one of ${ATTACK_MODES.join(', ')}, got "${modeArg}"`);
  const params = new URLSearchParams(JSON.parse(paramsJson ?? '{}') as Record<string, string>).toString();
  const url = `${serverUrl}/${encodeURIComponent(room)}${params ? `?${params}` : ''}`;
  const closes = new Map<string, number>();
  let sent = 0;
  let connections = 0;
  let announced = false;

  const connect = (): void => {
    connections++;
    const socket = new WebSocket(url, localAddress ? { localAddress } : {});
    const next = frameSource(mode);
    const pump = (): void => {
      if (socket.readyState !== WebSocket.OPEN) return;
      while (socket.bufferedAmount < IN_FLIGHT_BYTES && socket.readyState === WebSocket.OPEN) {
        socket.send(next());
        sent++;
        if (!announced) {
          announced = true;
          // The bench starts its editors once the attack is under way.
          process.stdout.write('attacking\n');
        }
      }
      setImmediate(pump);
    };
    socket.on('open', pump);
    socket.on('close', (code, reason) => {
      const key = `${code} ${reason.toString()}`.trim();
      closes.set(key, (closes.get(key) ?? 0) + 1);
      setImmediate(connect);
    });
    socket.on('error', () => {
      // A refused or reset connection ends in 'close' too, which reconnects.
    });
  };

  process.on('SIGTERM', () => {
    process.stdout.write(`${JSON.stringify({ mode, sent, connections, closes: Object.fromEntries(closes) })}\n`);
    process.exit(0);
  });
  connect();
}

main();
