import * as Y from 'yjs';
import { BODY_FRAGMENT } from '../shared/collab/constants';

/**
 * Writes `source`'s body into `target` the way a person types it: every
 * node in its own transaction, then its text one character at a time (with
 * the character's formatting). Each transaction is one update, as a browser
 * sends it; `between` runs after each (the caller stores or paces them).
 */
export async function typeBody(source: Y.Doc, target: Y.Doc, between: () => Promise<void> | void): Promise<number> {
  let transactions = 0;
  const step = async (write: () => void) => {
    target.transact(write);
    transactions += 1;
    await between();
  };
  const copyChildren = async (from: Y.XmlElement | Y.XmlFragment, into: Y.XmlElement | Y.XmlFragment) => {
    for (const child of from.toArray()) {
      if (child instanceof Y.XmlText) {
        const text = new Y.XmlText();
        await step(() => into.insert(into.length, [text]));
        let at = 0;
        for (const op of child.toDelta() as { insert: unknown; attributes?: Record<string, unknown> }[]) {
          if (typeof op.insert !== 'string') continue;
          for (const character of op.insert) {
            await step(() => text.insert(at, character, op.attributes ?? {}));
            at += character.length;
          }
        }
      } else if (child instanceof Y.XmlElement) {
        const element = new Y.XmlElement(child.nodeName);
        await step(() => {
          into.insert(into.length, [element]);
          for (const [key, value] of Object.entries(child.getAttributes())) if (value !== undefined) element.setAttribute(key, value);
        });
        await copyChildren(child, element);
      }
    }
  };
  await copyChildren(source.getXmlFragment(BODY_FRAGMENT), target.getXmlFragment(BODY_FRAGMENT));
  return transactions;
}
