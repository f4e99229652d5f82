import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { insertionWithOrigins } from '../../testing/forgedOrigins';
import { pastedParagraphs, updateFrom } from '../../testing/largeUpdates';
import { vetUpdate } from './vetUpdate';

function roomDoc(): Y.Doc {
  const doc = new Y.Doc();
  doc.clientID = 5;
  doc.getText('t').insert(0, 'abcdef');
  return doc;
}

describe('vetUpdate', () => {
  it('finds a pasted page of paragraphs sound and says how long Yjs took to apply it', () => {
    const { verdict, applied } = vetUpdate(roomDoc(), pastedParagraphs(roomDoc(), 200));
    expect(verdict).toMatchObject({ addsNothing: false, problem: null });
    expect(verdict.applyMs).toBeGreaterThan(0);
    expect(applied).toBe(true);
  });

  it('says a reconnect\'s step 2 that repeats what the room holds adds nothing, and applies nothing', () => {
    const copy = roomDoc();
    expect(vetUpdate(copy, Y.encodeStateAsUpdate(copy))).toEqual({ verdict: { addsNothing: true, problem: null, applyMs: 0 }, applied: false });
  });

  it('refuses bytes that are not an update before applying them: the ten bytes of the issue, and noise', () => {
    const copy = roomDoc();
    expect(vetUpdate(copy, new Uint8Array([1, 1, 0xe7, 0x8a, 0x8d, 0x09, 0x00, 0x00, 0x00, 0x00]))).toMatchObject({ verdict: { problem: 'malformed' }, applied: false });
    expect(vetUpdate(copy, new Uint8Array([0xff, 0xff, 0xff]))).toMatchObject({ verdict: { problem: 'malformed' }, applied: false });
  });

  it('refuses a forged insertion that names one character as both neighbours, after trying it (the copy must then be rebuilt)', () => {
    const forged = insertionWithOrigins(Y.createID(5, 2), Y.createID(5, 2));
    expect(vetUpdate(roomDoc(), forged)).toMatchObject({ verdict: { problem: 'malformed' }, applied: true });
  });

  it('refuses an update that builds on text the room does not have', () => {
    const elsewhere = new Y.Doc();
    elsewhere.getText('t').insert(0, 'unseen');
    const onTop = updateFrom(elsewhere, (doc) => doc.getText('t').insert(3, 'more'));
    expect(vetUpdate(roomDoc(), onTop)).toMatchObject({ verdict: { problem: 'incomplete' }, applied: false });
  });
});
