import * as decoding from 'lib0/decoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { encodeSavedFrame, readSavedMessage, type SavedState } from '../../shared/collab/savedMessage';
import { SaveTracker } from './saveTracker';

/** The saved message the server would send holding `server`, read as the client reads it. */
function savedOf(server: Y.Doc): SavedState {
  const decoder = decoding.createDecoder(encodeSavedFrame(server));
  decoding.readVarUint(decoder);
  return readSavedMessage(decoder);
}

/** A tab and the server, the tab's edits reaching the server only when `deliver` is called. */
function tabAndServer() {
  const server = new Y.Doc();
  const tab = new Y.Doc();
  const outbox: Uint8Array[] = [];
  tab.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== 'server') outbox.push(update);
  });
  const tracker = new SaveTracker(tab);
  const deliver = () => {
    for (const update of outbox.splice(0)) Y.applyUpdate(server, update);
  };
  return { server, tab, tracker, deliver };
}

describe('SaveTracker', () => {
  it('is unsynced from the first keystroke until the server says it holds it, and counts the edits', () => {
    const { server, tab, tracker, deliver } = tabAndServer();
    expect(tracker.current).toEqual({ unsynced: false, pendingEdits: 0, confirmed: false });
    tab.getText('t').insert(0, 'Mötet ');
    tab.getText('t').insert(6, 'öppnas');
    expect(tracker.current).toMatchObject({ unsynced: true, pendingEdits: 2 });
    // A saved message from before the edits arrived says nothing about them.
    tracker.noteSaved(savedOf(server));
    expect(tracker.current).toMatchObject({ unsynced: true, pendingEdits: 2 });
    deliver();
    tracker.noteSaved(savedOf(server));
    expect(tracker.current).toEqual({ unsynced: false, pendingEdits: 0, confirmed: true });
  });

  it('stays unsynced after a backspace until the server holds the deletion, though the state vector is unchanged', () => {
    const { server, tab, tracker, deliver } = tabAndServer();
    tab.getText('t').insert(0, 'Beslut fattades');
    deliver();
    tracker.noteSaved(savedOf(server));
    tab.getText('t').delete(6, 9);
    expect(Y.encodeStateVector(server)).toEqual(Y.encodeStateVector(tab));
    tracker.noteSaved(savedOf(server));
    expect(tracker.current.unsynced).toBe(true);
    deliver();
    tracker.noteSaved(savedOf(server));
    expect(tracker.current.unsynced).toBe(false);
  });

  it('does not count what arrives from the server, or from the local copy, as edits of this tab', () => {
    const { server, tab, tracker } = tabAndServer();
    const other = new Y.Doc();
    other.getText('t').insert(0, 'Någon annans text');
    Y.applyUpdate(server, Y.encodeStateAsUpdate(other));
    Y.applyUpdate(tab, Y.encodeStateAsUpdate(server), 'server');
    expect(tracker.current.unsynced).toBe(false);
    tracker.noteSaved(savedOf(server));
    expect(tracker.current).toEqual({ unsynced: false, pendingEdits: 0, confirmed: true });
  });

  it('finds edits a local copy brought in that the server lacks, with no count to go on', () => {
    const server = new Y.Doc();
    const earlierTab = new Y.Doc();
    earlierTab.getText('t').insert(0, 'Skrivet offline');
    const tab = new Y.Doc();
    const tracker = new SaveTracker(tab);
    // The local copy loads as a remote update: nothing local, but the server has not got it.
    Y.applyUpdate(tab, Y.encodeStateAsUpdate(earlierTab), 'localCopy');
    tracker.noteSaved(savedOf(server));
    expect(tracker.current).toMatchObject({ unsynced: true, pendingEdits: 1 });
    Y.applyUpdate(server, Y.encodeStateAsUpdate(tab));
    tracker.noteSaved(savedOf(server));
    expect(tracker.current.unsynced).toBe(false);
  });

  it('takes the count an earlier tab left in the local copy', () => {
    const tab = new Y.Doc();
    const tracker = new SaveTracker(tab);
    tracker.restore(4);
    expect(tracker.current).toEqual({ unsynced: true, pendingEdits: 4, confirmed: false });
  });

  it('tells its listeners of every change', () => {
    const { tab, tracker } = tabAndServer();
    const seen: number[] = [];
    tracker.subscribe((status) => seen.push(status.pendingEdits));
    tab.getText('t').insert(0, 'a');
    tab.getText('t').insert(1, 'b');
    expect(seen).toEqual([1, 2]);
  });
});
