import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BODY_FRAGMENT } from '../../shared/protocol/docNames';
import { fixtureProtocolDoc } from '../../shared/protocol/testing/fixtureProtocol';
import { everyNodeBody, uncheckedDoc } from '../export/testing/everyNodeFixture';
import { MAX_NESTING_DEPTH, updateNesting } from './updateNesting';

const DEEP = 10_000;
const UPDATES = 200;

/** An element appended to `parent`, with `text` as its content when given. */
function element(parent: Y.XmlFragment, name: string, text?: string): Y.XmlElement {
  const child = new Y.XmlElement(name);
  parent.insert(parent.length, [child]);
  if (text !== undefined) child.insert(0, [new Y.XmlText(text)]);
  return child;
}

/** A § with its title and presenter, appended to the body. */
function agendaItem(doc: Y.Doc, title: string): Y.XmlElement {
  const item = element(doc.getXmlFragment(BODY_FRAGMENT), 'agendaItem');
  element(item, 'agendaTitle', title);
  element(item, 'agendaPresenter');
  return item;
}

/** `levels` quotes in a chain below `parent`, built level by level (no recursion anywhere); the innermost one. */
function chain(parent: Y.XmlFragment, levels: number): Y.XmlElement {
  let current = parent;
  for (let level = 0; level < levels; level++) current = element(current, 'blockquote');
  return current as Y.XmlElement;
}

/** What `change` writes to `doc`, as one update. */
function updateOf(doc: Y.Doc, change: () => void): Uint8Array {
  const before = Y.encodeStateVector(doc);
  doc.transact(change);
  return Y.encodeStateAsUpdate(doc, before);
}

/** A server's copy of `doc`. */
function copyOf(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

describe('updateNesting', () => {
  it('gives real protocols a depth well under the limit', () => {
    // § › table › row › cell › paragraph › text is the deepest the fixture goes.
    expect(updateNesting(new Y.Doc(), Y.encodeStateAsUpdate(fixtureProtocolDoc()))).toEqual({ depth: 6, unrooted: 0 });
    // Every node type, inside a § and outside one (nested lists: § › list › item › list › item › paragraph › text).
    expect(updateNesting(new Y.Doc(), Y.encodeStateAsUpdate(uncheckedDoc(everyNodeBody())))).toEqual({ depth: 7, unrooted: 0 });
    expect(MAX_NESTING_DEPTH).toBeGreaterThanOrEqual(64);
  });

  it('measures edits as the editor writes them, counting from where they land in the document', () => {
    const client = new Y.Doc();
    const item = agendaItem(client, 'Budget');
    const paragraph = element(item, 'paragraph', 'Inledning');
    const server = copyOf(client);

    const decision = updateOf(client, () => {
      const node = element(item, 'decision');
      element(node, 'decisionLeadIn', 'Nämnden beslutar att');
      element(node, 'decisionClause', 'anta budgeten');
    });
    // § › decision › clause › text
    expect(updateNesting(server, decision)).toEqual({ depth: 4, unrooted: 0 });
    Y.applyUpdate(server, decision);

    // A list in a list in a table cell in the §: 1 + table, row, cell + list, item, list, item + paragraph, text.
    const table = updateOf(client, () => {
      const cell = element(element(element(item, 'table'), 'tableRow'), 'tableCell');
      const inner = element(element(element(element(cell, 'bulletList'), 'listItem'), 'orderedList'), 'listItem');
      element(inner, 'paragraph', 'djupast');
    });
    expect(updateNesting(server, table)).toEqual({ depth: 10, unrooted: 0 });
    Y.applyUpdate(server, table);

    // Typing adds no type; a new line after a paragraph hangs where its left neighbour does (its parent is not written).
    expect(updateNesting(server, updateOf(client, () => (paragraph.get(0) as Y.XmlText).insert(9, ' och mål')))).toEqual({ depth: 0, unrooted: 0 });
    const line = updateOf(client, () => item.insert(3, [new Y.XmlElement('paragraph')]));
    expect(Y.decodeUpdate(line).structs.some((struct) => struct instanceof Y.Item && struct.parent === null)).toBe(true);
    expect(updateNesting(server, line)).toEqual({ depth: 2, unrooted: 0 });
  });

  it(`measures an update nesting ${DEEP} levels in one transaction`, () => {
    const doc = new Y.Doc();
    doc.transact(() => element(chain(doc.getXmlFragment(BODY_FRAGMENT), DEEP), 'paragraph', 'botten'));
    const update = Y.encodeStateAsUpdate(doc);
    expect(updateNesting(new Y.Doc(), update)).toEqual({ depth: DEEP + 2, unrooted: 0 });
  });

  it(`measures ${DEEP} levels sent as ${UPDATES} small updates, each against the document before it`, () => {
    // Yjs itself spends time proportional to the depth on every transaction, so ten thousand one-level updates would take a minute to build.
    const client = new Y.Doc();
    const updates: Uint8Array[] = [];
    client.on('update', (update: Uint8Array) => updates.push(update));
    let current: Y.XmlFragment = client.getXmlFragment(BODY_FRAGMENT);
    for (let step = 0; step < UPDATES; step++) client.transact(() => (current = chain(current, DEEP / UPDATES)));
    expect(updates).toHaveLength(UPDATES);

    const server = new Y.Doc();
    const depths = updates.map((update) => {
      const { depth } = updateNesting(server, update);
      Y.applyUpdate(server, update);
      return depth;
    });
    expect(depths).toEqual(updates.map((_update, index) => (index + 1) * (DEEP / UPDATES)));
    expect(updateNesting(new Y.Doc(), Y.mergeUpdates(updates))).toEqual({ depth: DEEP, unrooted: 0 });
  });

  it('counts an update that extends a deep chain already in the document from the depth it has there', () => {
    const doc = new Y.Doc();
    let bottom!: Y.XmlElement;
    let top!: Y.XmlElement;
    doc.transact(() => {
      top = element(doc.getXmlFragment(BODY_FRAGMENT), 'blockquote');
      bottom = chain(top, DEEP - 1);
    });
    const server = copyOf(doc);
    expect(updateNesting(server, updateOf(doc, () => element(bottom, 'paragraph', 'längst ner')))).toEqual({ depth: DEEP + 2, unrooted: 0 });
    // A legitimate edit near the top of that document stays shallow.
    expect(updateNesting(server, updateOf(doc, () => element(top, 'paragraph', 'överst')))).toEqual({ depth: 3, unrooted: 0 });
    // What the server already holds adds nothing, however deep it is.
    expect(updateNesting(copyOf(doc), Y.encodeStateAsUpdate(doc))).toEqual({ depth: 0, unrooted: 0 });
  });

  it('counts types whose parent has not arrived from the first ancestor it knows, also across pending updates, and in full once the parent comes', () => {
    const client = new Y.Doc();
    let parent!: Y.XmlElement;
    const root = updateOf(client, () => (parent = element(client.getXmlFragment(BODY_FRAGMENT), 'blockquote')));
    let middle!: Y.XmlElement;
    const first = updateOf(client, () => (middle = chain(parent, 60)));
    const second = updateOf(client, () => chain(middle, 60));

    const server = new Y.Doc();
    // `first` hangs below `parent`, which the server has not seen: Yjs keeps it pending.
    expect(updateNesting(server, first)).toEqual({ depth: 60, unrooted: 60 });
    Y.applyUpdate(server, first);
    expect(server.store.pendingStructs).not.toBeNull();
    // `second` hangs below the pending chain, so it is counted on top of it.
    expect(updateNesting(server, second)).toEqual({ depth: 120, unrooted: 60 });
    Y.applyUpdate(server, second);
    // The root lets Yjs place all 120 pending levels below it.
    expect(updateNesting(server, root)).toEqual({ depth: 121, unrooted: 0 });
    Y.applyUpdate(server, root);
    expect(server.store.pendingStructs).toBeNull();
  });

  it('throws on bytes that are not an update', () => {
    expect(() => updateNesting(new Y.Doc(), new Uint8Array([5, 200, 1]))).toThrow();
  });
});
