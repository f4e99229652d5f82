/**
 * A hostile participant for the isolation bench, in its own process so its
 * work does not slow the measuring editors: it joins one room and sends
 * updates as fast as its socket takes them, until killed: one character
 * each ("small"), or frames just under 1 MiB of 50 000 one-character
 * inserts scattered over its text, the costliest honest-looking update for
 * a server to check and apply ("big").
 * Usage: tsx bench/flooder.ts <ws url> <room> <params as JSON> [small|big]
 */
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { MESSAGE_SYNC } from '../shared/collab/messageTypes';

const [serverUrl, room, paramsJson, mode = 'small'] = process.argv.slice(2);
if (!serverUrl || !room) throw new Error('usage: flooder.ts <ws url> <room> <params as JSON>');
const params = new URLSearchParams(JSON.parse(paramsJson ?? '{}') as Record<string, string>).toString();
const socket = new WebSocket(`${serverUrl}/${encodeURIComponent(room)}${params ? `?${params}` : ''}`);
const doc = new Y.Doc();
const text = doc.getText('flood');
const frames: Uint8Array[] = [];
doc.on('update', (update: Uint8Array) => {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  syncProtocol.writeUpdate(encoder, update);
  frames.push(encoding.toUint8Array(encoder));
});

/** Keeps about 1 MiB in flight: as fast as the server (or its TCP window) lets it. */
let sent = 0;

function pump(): void {
  if (socket.readyState !== WebSocket.OPEN) return;
  while (socket.bufferedAmount < 1024 * 1024) {
    if (mode === 'big') {
      doc.transact(() => {
        for (let index = 0; index < 50_000; index++) text.insert((index * 7919) % (text.length + 1), 'x');
      });
    } else {
      text.insert(text.length, 'x');
    }
    socket.send(frames.shift()!);
    // The bench starts its editors once the flood is under way.
    if (++sent === 1) process.stdout.write('flooding\n');
  }
  setImmediate(pump);
}

socket.on('open', pump);
socket.on('close', (code, reason) => {
  process.stderr.write(`[flooder] closed ${code} ${reason.toString()}\n`);
  process.exit(0);
});
socket.on('error', (error) => {
  process.stderr.write(`[flooder] ${error.message}\n`);
  process.exit(1);
});
