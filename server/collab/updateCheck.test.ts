import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { halfApplyingUpdate } from '../testing/halfApplyingUpdate';
import { checkUpdate } from './updateCheck';

/** Updates a browser would send after each edit of `doc`. */
function editsOf(doc: Y.Doc, edit: () => void): Uint8Array[] {
  const updates: Uint8Array[] = [];
  const capture = (update: Uint8Array) => updates.push(update);
  doc.on('update', capture);
  edit();
  doc.off('update', capture);
  return updates;
}

describe('checkUpdate', () => {
  it('takes a keystroke that follows on what the server holds', () => {
    const client = new Y.Doc();
    const server = new Y.Doc();
    const [first] = editsOf(client, () => client.getText('t').insert(0, 'Mötet'));
    expect(checkUpdate(server, first!)).toBeNull();
    Y.applyUpdate(server, first!);
    const [second] = editsOf(client, () => client.getText('t').insert(5, ' öppnas'));
    expect(checkUpdate(server, second!)).toBeNull();
  });

  it('refuses an update that builds on an edit the server never received: it would stay pending, unseen', () => {
    const client = new Y.Doc();
    const server = new Y.Doc();
    editsOf(client, () => client.getText('t').insert(0, 'Mötet'));
    const [later] = editsOf(client, () => client.getText('t').insert(5, ' öppnas'));
    expect(checkUpdate(server, later!)).toBe('incomplete');
  });

  it('refuses a deletion of text the server does not have', () => {
    const client = new Y.Doc();
    const server = new Y.Doc();
    editsOf(client, () => client.getText('t').insert(0, 'Mötet'));
    const [deletion] = editsOf(client, () => client.getText('t').delete(0, 2));
    expect(checkUpdate(server, deletion!)).toBe('incomplete');
  });

  it('takes a reconnecting client\'s whole step 2 even when it holds several edits', () => {
    const client = new Y.Doc();
    const server = new Y.Doc();
    client.getText('t').insert(0, 'Mötet');
    client.getText('t').insert(5, ' öppnas');
    client.getText('t').delete(0, 1);
    expect(checkUpdate(server, Y.encodeStateAsUpdate(client, Y.encodeStateVector(server)))).toBeNull();
  });

  it('refuses bytes that are no update and the ten-byte empty struct', () => {
    const server = new Y.Doc();
    expect(checkUpdate(server, new Uint8Array([0xff, 0xff, 0xff]))).toBe('malformed');
    expect(checkUpdate(server, new Uint8Array([0x01, 0x01, 0xe7, 0x8a, 0x8d, 0x09, 0x00, 0x00, 0x00, 0x00]))).toBe('malformed');
  });

  it('refuses a struct that refers to its own client\'s later struct, which Yjs would throw on half-way', () => {
    const server = new Y.Doc();
    const update = halfApplyingUpdate();
    expect(checkUpdate(server, update)).toBe('malformed');
    // Why it matters: applied anyway, it throws after changing the document.
    const unchecked = new Y.Doc();
    expect(() => Y.applyUpdate(unchecked, update)).toThrow();
    expect(unchecked.getText('u').toJSON()).toBe('ok');
  });

  it('refuses nesting deeper than a protocol can be', () => {
    const client = new Y.Doc();
    const server = new Y.Doc();
    client.transact(() => {
      let parent: Y.XmlFragment | Y.XmlElement = client.getXmlFragment('default');
      for (let depth = 0; depth < 150; depth++) {
        const child = new Y.XmlElement('blockquote');
        parent.insert(0, [child]);
        parent = child;
      }
    });
    expect(checkUpdate(server, Y.encodeStateAsUpdate(client))).toBe('tooDeep');
  });
});
