import * as Y from 'yjs';
import { readSetMeta } from '../../shared/protocol/yDocMeta';
import { BODY_FRAGMENT } from '../../shared/collab/constants';

/**
 * Watches a document's body and says, per transaction, which paragraphs (§)
 * it changed, numbered as they stood: a § changed or added by its number
 * after the change, a § deleted by its number before. Each changed node is
 * mapped to the top-level node it lies in, so the cost is the change's size
 * times the number of top-level nodes, never a walk of the whole document.
 */
export function watchTouchedItems(doc: Y.Doc, firstParagraph: number): { take(): number[]; stop(): void } {
  const fragment = doc.getXmlFragment(BODY_FRAGMENT);
  let touched = new Set<number>();
  const observer = (events: Y.YEvent<Y.XmlElement | Y.XmlText>[], transaction: Y.Transaction) => {
    const first = readSetMeta(doc).firstParagraph ?? firstParagraph;
    for (const event of events) {
      if (event.target === fragment) {
        for (const item of event.changes.added) if (isAgendaItem(item)) touched.add(first + precedingItems(item, transaction, 'after'));
        for (const item of event.changes.deleted) if (isAgendaItem(item)) touched.add(first + precedingItems(item, transaction, 'before'));
        continue;
      }
      const top = topLevelItem(event.target, fragment);
      if (top && isAgendaItem(top)) touched.add(first + precedingItems(top, transaction, top.deleted ? 'before' : 'after'));
    }
  };
  fragment.observeDeep(observer);
  return {
    take() {
      const numbers = [...touched].sort((a, b) => a - b);
      touched = new Set();
      return numbers;
    },
    stop: () => fragment.unobserveDeep(observer),
  };
}

function isAgendaItem(item: Y.Item): boolean {
  return item.content instanceof Y.ContentType && item.content.type instanceof Y.XmlElement && item.content.type.nodeName === 'agendaItem';
}

/** The body's child that `type` lies in. */
function topLevelItem(type: { _item: Y.Item | null }, fragment: Y.XmlFragment): Y.Item | null {
  let current = type;
  for (;;) {
    const item = current._item;
    if (!item) return null;
    if (item.parent === fragment) return item;
    if (!(item.parent instanceof Y.AbstractType)) return null;
    current = item.parent;
  }
}

/** How many § stand before `item` in the body, before or after the transaction. */
function precedingItems(item: Y.Item, transaction: Y.Transaction, when: 'before' | 'after'): number {
  let count = 0;
  for (let left = item.left; left; left = left.left) {
    if (!isAgendaItem(left)) continue;
    const existedBefore = left.id.clock < (transaction.beforeState.get(left.id.client) ?? 0);
    const visible = when === 'after' ? !left.deleted : existedBefore && (!left.deleted || Y.isDeleted(transaction.deleteSet, left.id));
    if (visible) count += 1;
  }
  return count;
}
