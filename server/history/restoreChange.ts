import * as Y from 'yjs';
import { BODY_FRAGMENT } from '../../shared/collab/constants';
import { agendaItemNumbers } from '../../shared/protocol/numbering';
import { readSetMeta } from '../../shared/protocol/yDocMeta';
import { Refusal } from '../adjustment/refusal';

type BodyChild = Y.XmlElement | Y.XmlText;

/** The body's elements and texts (the editor writes no hooks; a forged one is not restored). */
function childrenOf(fragment: Y.XmlFragment): BodyChild[] {
  return fragment.toArray().filter((child): child is BodyChild => child instanceof Y.XmlElement || child instanceof Y.XmlText);
}

/**
 * The edit that brings a document's body, or one § of it, back to how it
 * stood in `past` (a replay of the same meeting's log), to run on a copy of
 * the live document (Room.applyServerChange): a forward change, stored and
 * relayed like any other. A § still in the document is replaced where it
 * stands; a deleted one is put back after the nearest node that stood
 * before it then and still stands. Throws a 404 Refusal for a § number the
 * checkpoint does not have.
 */
export function restoreChange(past: Y.Doc, firstParagraph: number, itemNumber: number | undefined): (doc: Y.Doc) => void {
  const then = past.getXmlFragment(BODY_FRAGMENT);
  if (itemNumber === undefined) return (doc) => restoreBody(then, doc.getXmlFragment(BODY_FRAGMENT));
  const children = childrenOf(then);
  const first = readSetMeta(past).firstParagraph ?? firstParagraph;
  const numbers = agendaItemNumbers(children.map((child) => ({ type: child instanceof Y.XmlElement ? child.nodeName : '' })), first);
  const index = numbers.indexOf(itemNumber);
  const item = children[index];
  if (index < 0 || !item) throw new Refusal(404, 'not_found', `The checkpoint has no § ${itemNumber}`);
  return (doc) => restoreItem(children, index, doc.getXmlFragment(BODY_FRAGMENT));
}

function restoreBody(then: Y.XmlFragment, now: Y.XmlFragment): void {
  if (JSON.stringify(then.toJSON()) === JSON.stringify(now.toJSON())) return;
  now.doc?.transact(() => {
    now.delete(0, now.length);
    now.insert(0, childrenOf(then).map((child) => child.clone()));
  });
}

function restoreItem(thenChildren: BodyChild[], index: number, now: Y.XmlFragment): void {
  const item = thenChildren[index]!;
  // Unfiltered: the positions are the body's own.
  const current = now.toArray();
  const standing = current.findIndex((child) => sameNode(child, item));
  if (standing >= 0) {
    if (JSON.stringify(current[standing]!.toJSON()) === JSON.stringify(item.toJSON())) return;
    now.doc?.transact(() => {
      now.delete(standing, 1);
      now.insert(standing, [item.clone()]);
    });
    return;
  }
  now.insert(insertionPoint(thenChildren, index, current), [item.clone()]);
}

/** Where a deleted node goes back: after the nearest earlier node that still stands, else before the nearest later one, else first. */
function insertionPoint(thenChildren: BodyChild[], index: number, current: { _item: Y.Item | null }[]): number {
  for (let left = index - 1; left >= 0; left--) {
    const at = current.findIndex((child) => sameNode(child, thenChildren[left]!));
    if (at >= 0) return at + 1;
  }
  for (let right = index + 1; right < thenChildren.length; right++) {
    const at = current.findIndex((child) => sameNode(child, thenChildren[right]!));
    if (at >= 0) return at;
  }
  return 0;
}

/** The same node of the document (by the id Yjs gave it), in two replays of one log. */
function sameNode(a: { _item: Y.Item | null }, b: { _item: Y.Item | null }): boolean {
  const x = a._item?.id;
  const y = b._item?.id;
  return x !== undefined && y !== undefined && x.client === y.client && x.clock === y.clock;
}
