import * as Y from 'yjs';
import { BODY_FRAGMENT } from '../docNames';
import { writeMeta } from '../yDocMeta';

/** Every so many levels the chain of deeplyNestedDoc holds a line "ord <level>". */
const WORD_EVERY = 1000;

/** An element appended to `parent`, holding `text` when given. */
export function appendElement(parent: Y.XmlFragment, name: string, text?: string): Y.XmlElement {
  const child = new Y.XmlElement(name);
  parent.insert(parent.length, [child]);
  if (text !== undefined) child.insert(0, [new Y.XmlText(text)]);
  return child;
}

function agendaItem(body: Y.XmlFragment, title: string, line: string): Y.XmlElement {
  const item = appendElement(body, 'agendaItem');
  appendElement(item, 'agendaTitle', title);
  appendElement(item, 'agendaPresenter');
  appendElement(item, 'paragraph', line);
  return item;
}

/**
 * A meeting's document as a hostile client could leave it: three § ("Första",
 * "Djup", "Tredje"), the second holding a chain of `levels` elements inside one
 * another (the names of `chain` in turn), a paragraph "ord <level>" in every
 * thousandth one that may hold a paragraph, and "botten" in the innermost.
 * Built level by level in one transaction: nothing recurses.
 */
export function deeplyNestedDoc(levels: number, chain: readonly string[] = ['blockquote']): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => {
    const body = doc.getXmlFragment(BODY_FRAGMENT);
    agendaItem(body, 'Första', 'Text före.');
    let current = agendaItem(body, 'Djup', 'Början av den djupa punkten.');
    for (let level = 1; level <= levels; level++) {
      current = appendElement(current, chain[(level - 1) % chain.length]!);
      if (level % WORD_EVERY === 0 && holdsParagraph(current)) appendElement(current, 'paragraph', `ord ${level}`);
    }
    appendElement(current, 'paragraph', 'botten');
    agendaItem(body, 'Tredje', 'Text efter.');
    writeMeta(doc, { bodyName: 'Nämnden', kind: 'protocol', firstParagraph: 1 });
  });
  return doc;
}

/** The words deeplyNestedDoc writes below its chain's start, top to bottom. */
export function deepWords(levels: number, chain: readonly string[] = ['blockquote']): string[] {
  const words: string[] = [];
  for (let level = WORD_EVERY; level <= levels; level += WORD_EVERY) {
    if (holdsParagraph({ nodeName: chain[(level - 1) % chain.length]! })) words.push(`ord ${level}`);
  }
  return [...words, 'botten'];
}

function holdsParagraph(element: { nodeName: string }): boolean {
  return !['bulletList', 'orderedList', 'table', 'tableRow'].includes(element.nodeName);
}
