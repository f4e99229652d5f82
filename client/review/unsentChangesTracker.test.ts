import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { SyncSignals } from './unsentChangesTracker';
import { trackUnsentChanges } from './unsentChangesTracker';

function fakeProvider(): SyncSignals & { emitSync: (synced: boolean) => void } {
  const listeners = new Set<(synced: boolean) => void>();
  return {
    wsconnected: true,
    synced: true,
    ws: { bufferedAmount: 0 },
    on: (_event, listener) => listeners.add(listener),
    off: (_event, listener) => listeners.delete(listener),
    emitSync(synced) {
      this.synced = synced;
      for (const listener of listeners) listener(synced);
    },
  };
}

const type = (doc: Y.Doc, text: string, origin: unknown = null) => doc.transact(() => doc.getText('body').insert(0, text), origin);

describe('trackUnsentChanges', () => {
  it('counts an edit made while connected and synced as sent once the socket buffer is empty', () => {
    const doc = new Y.Doc();
    const provider = fakeProvider();
    const tracker = trackUnsentChanges(doc, provider);
    type(doc, 'a');
    expect(tracker.hasUnsent()).toBe(false);
    provider.ws = { bufferedAmount: 12 };
    expect(tracker.hasUnsent()).toBe(true);
  });

  it('keeps an edit made offline unsent until the next sync', () => {
    const doc = new Y.Doc();
    const provider = fakeProvider();
    const tracker = trackUnsentChanges(doc, provider);
    provider.wsconnected = false;
    provider.synced = false;
    type(doc, 'offline');
    provider.wsconnected = true;
    expect(tracker.hasUnsent()).toBe(true);
    provider.emitSync(true);
    expect(tracker.hasUnsent()).toBe(false);
  });

  it('ignores updates that came from the server', () => {
    const doc = new Y.Doc();
    const provider = fakeProvider();
    const tracker = trackUnsentChanges(doc, provider);
    provider.synced = false;
    type(doc, 'remote', provider);
    expect(tracker.hasUnsent()).toBe(false);
  });

  it('stops listening when destroyed', () => {
    const doc = new Y.Doc();
    const provider = fakeProvider();
    const tracker = trackUnsentChanges(doc, provider);
    tracker.destroy();
    provider.wsconnected = false;
    type(doc, 'late');
    expect(tracker.hasUnsent()).toBe(false);
  });
});
