// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { journalKey, startUnloadJournal } from './unloadJournal';

afterEach(() => localStorage.clear());

describe('the unload journal', () => {
  it('keeps what the server lacks when the page goes away, and gives it to the next tab once', () => {
    const doc = new Y.Doc();
    doc.getText('t').insert(0, 'Sparat. ');
    const saved = Y.decodeStateVector(Y.encodeStateVector(doc));
    const savedPart = Y.encodeStateAsUpdate(doc);
    const journal = startUnloadJournal('m1', doc, () => saved);
    doc.getText('t').insert(8, 'Sista orden innan fliken stängdes.');
    window.dispatchEvent(new Event('pagehide'));
    journal.stop();

    // The next tab holds what the server had (its local copy may have lost the last moment).
    const fresh = new Y.Doc();
    fresh.getText('t');
    Y.applyUpdate(fresh, savedPart);
    startUnloadJournal('m1', fresh, () => null).replay(fresh);
    expect(fresh.getText('t').toJSON()).toBe('Sparat. Sista orden innan fliken stängdes.');
    expect(localStorage.getItem(journalKey('m1'))).toBeNull();
  });

  it('writes nothing while nothing is unsaved', () => {
    const doc = new Y.Doc();
    const journal = startUnloadJournal('m2', doc, () => null);
    doc.getText('t').insert(0, 'Allt sparat');
    window.dispatchEvent(new Event('pagehide'));
    journal.stop();
    expect(localStorage.getItem(journalKey('m2'))).toBeNull();
  });
});
