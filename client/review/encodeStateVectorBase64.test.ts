import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { encodeStateVectorBase64 } from './encodeStateVectorBase64';

describe('encodeStateVectorBase64', () => {
  it('decodes on the server side to the same state vector', () => {
    const doc = new Y.Doc();
    doc.getText('body').insert(0, 'Mötet öppnas.');
    const encoded = encodeStateVectorBase64(doc);
    expect(encoded).toMatch(/^[A-Za-z0-9+/]+=*$/);
    const decoded = Y.decodeStateVector(new Uint8Array(Buffer.from(encoded, 'base64')));
    expect(decoded).toEqual(Y.decodeStateVector(Y.encodeStateVector(doc)));
    expect(decoded.get(doc.clientID)).toBe('Mötet öppnas.'.length);
  });

  it('encodes an empty document', () => {
    expect(encodeStateVectorBase64(new Y.Doc())).toBe(Buffer.from(Y.encodeStateVector(new Y.Doc())).toString('base64'));
  });
});
