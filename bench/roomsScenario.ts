import * as Y from 'yjs';
import { EditorGroup } from './editors';
import { LatencyRecorder } from './latencyRecorder';
import { summarize, type Summary } from './percentiles';
import type { BenchServer } from './servers';
import { driveAtFixedRate } from './typingLoad';

export interface RoomsSpec {
  rooms: number;
  editorsPerRoom: number;
  warmupKeystrokes: number;
  keystrokes: number;
  /** Keystrokes per second of all typists together. */
  ratePerSecond: number;
}

export interface RoomsResult {
  /** Every measured keystroke × receiving peer, all rooms together. */
  latency: Summary;
  /** The same per room, in room order. */
  rooms: Summary[];
  deliveries: { received: number; expected: number };
  maxLagMs: number;
  /** Sockets dropped after sync, keystrokes that never arrived: a healthy run has none. */
  problems: string[];
}

const CONNECT_TIMEOUT_MS = 30_000;
const DRAIN_TIMEOUT_MS = 15_000;
const SAMPLE = 'Nämnden beslutade att godkänna protokollet. Mötet förklarades öppnat. ';

interface Room {
  group: EditorGroup;
  recorder: LatencyRecorder;
}

/**
 * Typists in several meetings of one server at once, as a municipality's
 * afternoon looks: `rooms` meetings of `editorsPerRoom` people, taking turns
 * across all meetings at a fixed aggregate rate (open loop). Each meeting
 * has its own latency recorder, so a stalled meeting shows beside the others.
 */
export async function runRooms(server: BenchServer, spec: RoomsSpec): Promise<RoomsResult> {
  const rooms: Room[] = [];
  let typed = 0;
  let measuring = false;
  // Each provider adds a process 'exit' listener: one per typist is expected, not a leak.
  process.setMaxListeners(Math.max(process.getMaxListeners(), spec.rooms * spec.editorsPerRoom + 10));
  try {
    for (let index = 0; index < spec.rooms; index++) {
      const access = await server.openRoom(`typists-${index + 1}`);
      const group = await EditorGroup.connect(access, spec.editorsPerRoom, CONNECT_TIMEOUT_MS);
      const recorder = new LatencyRecorder();
      rooms.push({ group, recorder });
      await group.createParagraphs(CONNECT_TIMEOUT_MS);
      for (const { doc } of group.editors) recorder.attach(doc);
    }
    const keystroke = (i: number): void => {
      const room = rooms[i % rooms.length] as Room;
      const editor = room.group.editors[Math.floor(i / rooms.length) % room.group.editors.length];
      if (editor?.text == null) throw new Error('editor without a paragraph');
      const sentAt = performance.now();
      editor.text.insert(editor.text.length, SAMPLE[typed++ % SAMPLE.length] as string);
      room.recorder.recordSent(editor.doc, Y.getState(editor.doc.store, editor.doc.clientID), sentAt, measuring);
    };
    const drained = async (): Promise<boolean> => {
      const results = await Promise.all(rooms.map((room) => room.recorder.waitUntilDelivered(DRAIN_TIMEOUT_MS)));
      return results.every(Boolean);
    };
    await driveAtFixedRate(spec.warmupKeystrokes, spec.ratePerSecond, keystroke);
    const problems: string[] = [];
    if (!(await drained())) problems.push('warm-up keystrokes still missing after 15 s');
    const before = rooms.map((room) => ({ delivered: room.recorder.deliveredCount, expected: room.recorder.expectedCount }));
    measuring = true;
    const drive = await driveAtFixedRate(spec.keystrokes, spec.ratePerSecond, keystroke);
    measuring = false;
    if (!(await drained())) problems.push(`keystrokes still missing ${DRAIN_TIMEOUT_MS / 1000} s after the last`);
    for (const room of rooms) problems.push(...room.group.unexpectedCloses);
    return {
      latency: summarize(rooms.flatMap((room) => room.recorder.samples)),
      rooms: rooms.map((room) => summarize(room.recorder.samples)),
      deliveries: {
        received: rooms.reduce((sum, room, i) => sum + room.recorder.deliveredCount - (before[i]?.delivered ?? 0), 0),
        expected: rooms.reduce((sum, room, i) => sum + room.recorder.expectedCount - (before[i]?.expected ?? 0), 0),
      },
      maxLagMs: drive.maxLagMs,
      problems,
    };
  } finally {
    for (const room of rooms) {
      room.recorder.dispose();
      room.group.destroy();
    }
  }
}
