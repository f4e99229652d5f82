import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { BODY_FRAGMENT } from '../../shared/collab/constants';

/** A client that has synced `base`: what it then writes, as the update the server receives. */
export function updateFrom(base: Y.Doc, write: (doc: Y.Doc) => void, clientID?: number): Uint8Array {
  const client = new Y.Doc();
  if (clientID !== undefined) client.clientID = clientID;
  Y.applyUpdate(client, Y.encodeStateAsUpdate(base));
  const known = Y.encodeStateVector(client);
  client.transact(() => write(client));
  const update = Y.encodeStateAsUpdate(client, known);
  client.destroy();
  return update;
}

/** A secretary pastes `paragraphs` paragraphs of decision text at the end of the body, with a bold word in each. */
export function pastedParagraphs(base: Y.Doc, paragraphs: number): Uint8Array {
  return updateFrom(base, (doc) => {
    const body = doc.getXmlFragment(BODY_FRAGMENT);
    const added: Y.XmlElement[] = [];
    for (let index = 0; index < paragraphs; index++) {
      const paragraph = new Y.XmlElement('paragraph');
      const text = new Y.XmlText();
      text.insert(0, `Nämnden beslutar att godkänna förslaget i ärende ${index + 1} och uppdra åt förvaltningen att återkomma. `);
      text.format(0, 7, { bold: true });
      paragraph.insert(0, [text]);
      added.push(paragraph);
    }
    body.insert(body.length, added);
  });
}

/** One-character insertions scattered over a text: what costs Yjs the most per byte to apply. */
export function scatteredInserts(base: Y.Doc, count: number, name = 'scattered'): Uint8Array {
  return updateFrom(base, (doc) => {
    const text = doc.getText(name);
    if (text.length === 0) text.insert(0, 'y'.repeat(1000));
    for (let index = 0; index < count; index++) text.insert((index * 7919) % (text.length + 1), 'x');
  });
}

/** Elements nested `levels` deep in the body, one inside the other. */
export function nestedChain(base: Y.Doc, levels: number): Uint8Array {
  return updateFrom(base, (doc) => {
    let parent: Y.XmlFragment | Y.XmlElement = doc.getXmlFragment(BODY_FRAGMENT);
    for (let level = 0; level < levels; level++) {
      const child: Y.XmlElement = new Y.XmlElement('blockquote');
      parent.insert(0, [child]);
      parent = child;
    }
  });
}

/**
 * An update of nothing but `count` one-character deletions on a client
 * nobody has written (424242): Yjs keeps them pending and, until they
 * resolve, retries them on every later update. A million is the 4 MB
 * frame of issue 10.
 */
export function deletionsOfUnknownContent(count: number): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0); // no structs
  encoding.writeVarUint(encoder, 1); // one client in the delete set
  encoding.writeVarUint(encoder, 424242);
  encoding.writeVarUint(encoder, count);
  for (let index = 0; index < count; index++) {
    encoding.writeVarUint(encoder, index * 2);
    encoding.writeVarUint(encoder, 1);
  }
  return encoding.toUint8Array(encoder);
}

/**
 * An update of `count` GC structs of length zero on a client nobody has
 * written (434343): the family of the 10-byte poison of issue 10, each
 * struct two bytes. Four million are its 8 MB frame.
 */
export function emptyGcStructs(count: number): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1); // one client
  encoding.writeVarUint(encoder, count);
  encoding.writeVarUint(encoder, 434343);
  encoding.writeVarUint(encoder, 0); // first clock
  for (let index = 0; index < count; index++) {
    encoding.writeUint8(encoder, 0); // info: GC
    encoding.writeVarUint(encoder, 0); // length 0
  }
  encoding.writeVarUint(encoder, 0); // empty delete set
  return encoding.toUint8Array(encoder);
}
