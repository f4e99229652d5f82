import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { updateAddsNothing } from './updateAddsNothing';

function pair() {
  const server = new Y.Doc();
  const client = new Y.Doc();
  client.getText('t').insert(0, 'Paragraf 18 Mötets öppnande');
  client.getText('t').delete(0, 9);
  Y.applyUpdate(server, Y.encodeStateAsUpdate(client));
  return { server, client };
}

describe('updateAddsNothing', () => {
  it('is true for the step 2 of a client that has nothing new, although it carries the delete set', () => {
    const { server, client } = pair();
    const step2 = Y.encodeStateAsUpdate(client, Y.encodeStateVector(server));
    expect(Y.decodeUpdate(step2).ds.clients.size).toBeGreaterThan(0);
    expect(updateAddsNothing(server, step2)).toBe(true);
  });

  it('is false for new content', () => {
    const { server, client } = pair();
    client.getText('t').insert(0, 'x');
    expect(updateAddsNothing(server, Y.encodeStateAsUpdate(client, Y.encodeStateVector(server)))).toBe(false);
  });

  it('is false for a new deletion of known content', () => {
    const { server, client } = pair();
    client.getText('t').delete(0, 1);
    expect(updateAddsNothing(server, Y.encodeStateAsUpdate(client, Y.encodeStateVector(server)))).toBe(false);
  });

  it('throws on bytes that are not an update', () => {
    expect(() => updateAddsNothing(new Y.Doc(), new Uint8Array([5, 200, 1]))).toThrow();
  });
});
