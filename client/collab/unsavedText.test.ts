import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { unsavedText } from './unsavedText';

const vectorOf = (doc: Y.Doc) => Y.decodeStateVector(Y.encodeStateVector(doc));

describe('unsavedText', () => {
  it('is what was typed after the server last held the copy, each typed run on its own line', () => {
    const doc = new Y.Doc();
    const text = doc.getText('t');
    text.insert(0, 'Sparat sedan tidigare. ');
    const held = vectorOf(doc);
    text.insert(text.length, 'Skrivet offline.');
    text.insert(0, 'Rubrik: ');
    expect(unsavedText(doc, held)).toBe('Skrivet offline.\nRubrik:');
  });

  it('leaves out what was typed and deleted again, and what the server already has', () => {
    const doc = new Y.Doc();
    const text = doc.getText('t');
    text.insert(0, 'Beslut');
    const held = vectorOf(doc);
    text.insert(6, ' fattades inte');
    text.delete(15, 5);
    expect(unsavedText(doc, held)).toBe('fattades');
    expect(unsavedText(doc, vectorOf(doc))).toBe('');
  });

  it('finds the words of another client id too (an earlier tab, loaded from the local copy)', () => {
    const earlier = new Y.Doc();
    earlier.getText('t').insert(0, 'Från förra fliken');
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(earlier));
    expect(unsavedText(doc, new Map())).toBe('Från förra fliken');
  });
});
