import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { LatencyRecorder } from './latencyRecorder';

/** Inserts one character at the end of the doc's text and reports it as a keystroke. */
function type(recorder: LatencyRecorder, doc: Y.Doc, ch: string, sentAt: number, measured = true): Uint8Array {
  let update: Uint8Array | undefined;
  const capture = (u: Uint8Array): void => {
    update = u;
  };
  doc.on('update', capture);
  const text = doc.getText('t');
  text.insert(text.length, ch);
  doc.off('update', capture);
  recorder.recordSent(doc, Y.getState(doc.store, doc.clientID), sentAt, measured);
  if (update === undefined) throw new Error('insert produced no update');
  return update;
}

describe('LatencyRecorder', () => {
  it('takes one sample per keystroke and receiving peer, timed at arrival', () => {
    let clock = 0;
    const recorder = new LatencyRecorder(() => clock);
    const [a, b, c] = [new Y.Doc(), new Y.Doc(), new Y.Doc()];
    for (const doc of [a, b, c]) recorder.attach(doc);

    const update = type(recorder, a, 'x', 100);
    expect(recorder.outstanding).toBe(2);
    clock = 103;
    Y.applyUpdate(b, update, 'remote');
    clock = 110;
    Y.applyUpdate(c, update, 'remote');

    expect(recorder.samples).toEqual([3, 10]);
    expect(recorder.outstanding).toBe(0);
  });

  it('gives each keystroke of a batched update its own sample', () => {
    let clock = 0;
    const recorder = new LatencyRecorder(() => clock);
    const [a, b] = [new Y.Doc(), new Y.Doc()];
    recorder.attach(a);
    recorder.attach(b);
    const first = type(recorder, a, 'h', 10);
    const second = type(recorder, a, 'i', 20);
    clock = 25;
    Y.applyUpdate(b, Y.mergeUpdates([first, second]), 'remote');
    expect(recorder.samples).toEqual([15, 5]);
    expect(b.getText('t').toJSON()).toBe('hi');
  });

  it('counts but does not sample warm-up keystrokes, and ignores echoes', () => {
    let clock = 0;
    const recorder = new LatencyRecorder(() => clock);
    const [a, b] = [new Y.Doc(), new Y.Doc()];
    recorder.attach(a);
    recorder.attach(b);
    const warm = type(recorder, a, 'w', 0, false);
    clock = 5;
    Y.applyUpdate(b, warm, 'remote');
    // A server echoing the sender's own update back must not count as delivery.
    Y.applyUpdate(a, warm, 'remote');
    expect(recorder.samples).toEqual([]);
    expect(recorder.deliveredCount).toBe(1);
    expect(recorder.outstanding).toBe(0);
  });

  it('resolves the wait on the last delivery, or false on timeout', async () => {
    const recorder = new LatencyRecorder();
    const [a, b] = [new Y.Doc(), new Y.Doc()];
    recorder.attach(a);
    recorder.attach(b);
    const update = type(recorder, a, 'x', performance.now());
    expect(await recorder.waitUntilDelivered(1)).toBe(false);
    const waiting = recorder.waitUntilDelivered(1000);
    Y.applyUpdate(b, update, 'remote');
    expect(await waiting).toBe(true);
  });
});
