import { yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BODY_FRAGMENT } from './docNames';
import { extractProtocol, type MeetingRecord } from './extractProtocol';
import { MAX_NESTING_DEPTH } from './maxNestingDepth';
import { readBodyJson } from './readBodyJson';
import { appendElement, deeplyNestedDoc, deepWords } from './testing/deeplyNestedDoc';
import { fixtureNotesDoc } from './testing/fixtureNotes';
import { fixtureProtocolDoc } from './testing/fixtureProtocol';

const record: MeetingRecord = { id: 'm', title: 'M', kind: 'protocol', body: null, startsAt: null, place: null, state: 'draft', firstParagraph: 1 };
const DEEP = 10_000;

/** How many levels of nodes the JSON holds (a text node in a paragraph at the top is 2), counted with a work list. */
function jsonDepth(children: readonly unknown[]): number {
  let deepest = 0;
  const work = children.map((node) => ({ node, depth: 1 }));
  while (work.length > 0) {
    const { node, depth } = work.pop()!;
    deepest = Math.max(deepest, depth);
    const content = (node as { content?: unknown }).content;
    if (Array.isArray(content)) for (const child of content) work.push({ node: child, depth: depth + 1 });
  }
  return deepest;
}

/** The problem readBodyJson reports for the second § when it is `levels` deep. */
const tooDeep = (levels: number, kept = `its text below level ${MAX_NESTING_DEPTH} is kept as plain text`) =>
  `body › 2 (agendaItem): nested ${levels} levels deep, deeper than the ${MAX_NESTING_DEPTH} levels a document may have; ${kept}`;

describe('readBodyJson', () => {
  it('reads an ordinary document exactly as y-tiptap does', () => {
    for (const doc of [fixtureProtocolDoc(), fixtureNotesDoc()]) {
      const direct = (yXmlFragmentToProsemirrorJSON(doc.getXmlFragment(BODY_FRAGMENT)) as { content: unknown[] }).content.flat();
      expect(readBodyJson(doc)).toEqual({ children: direct, problems: [] });
    }
  });

  it(`reads a document nested exactly ${MAX_NESTING_DEPTH} levels deep whole`, () => {
    // § (1) › quotes › paragraph › its text (levels + 3).
    const { children, problems } = readBodyJson(deeplyNestedDoc(MAX_NESTING_DEPTH - 3));
    expect(problems).toEqual([]);
    expect(jsonDepth(children)).toBe(MAX_NESTING_DEPTH);
    const protocol = extractProtocol(deeplyNestedDoc(MAX_NESTING_DEPTH - 3), record, { blocks: true });
    expect(protocol.problems).toEqual([]);
    expect(protocol.items[1]!.text).toBe('Början av den djupa punkten.\n\nbotten');
  });

  it('flattens what lies one level deeper into text, and says so', () => {
    const protocol = extractProtocol(deeplyNestedDoc(MAX_NESTING_DEPTH - 2), record);
    expect(protocol.items.map((item) => item.title)).toEqual(['Första', 'Djup', 'Tredje']);
    expect(protocol.items[1]!.text).toBe('Början av den djupa punkten.\n\nbotten');
    expect(protocol.problems).toEqual([
      tooDeep(MAX_NESTING_DEPTH + 1),
      // The text flattened at the limit is a paragraph in a paragraph: the quote around it no longer fits and is kept as text.
      expect.stringMatching(/^§ 2 › block 4 \(blockquote\): does not fit the schema: .*; its text is kept as plain text$/u),
    ]);
  });

  it(`reads a body nested ${DEEP} levels deep without overflowing: every word kept in its §, the problem named`, () => {
    const { children, problems } = readBodyJson(deeplyNestedDoc(DEEP));
    expect(problems).toEqual([tooDeep(DEEP + 3)]);
    expect(jsonDepth(children)).toBeLessThanOrEqual(MAX_NESTING_DEPTH + 2);

    const protocol = extractProtocol(deeplyNestedDoc(DEEP), record, { blocks: true });
    expect(protocol.items.map((item) => [item.number, item.title])).toEqual([
      [1, 'Första'],
      [2, 'Djup'],
      [3, 'Tredje'],
    ]);
    // Quotes in quotes fit the schema, and so does the paragraph their deep text is flattened into.
    expect(protocol.problems).toEqual([tooDeep(DEEP + 3)]);
    expect(protocol.items[1]!.text.split('\n').filter(Boolean)).toEqual(['Början av den djupa punkten.', ...deepWords(DEEP)]);
    expect(protocol.items[2]!.text).toBe('Text efter.');
  });

  it(`keeps the words of lists nested ${DEEP} levels deep as plain text of their §`, () => {
    const chain = ['bulletList', 'listItem'];
    const protocol = extractProtocol(deeplyNestedDoc(DEEP, chain), record, { blocks: true });
    expect(protocol.items.map((item) => item.title)).toEqual(['Första', 'Djup', 'Tredje']);
    expect(protocol.problems).toEqual([
      tooDeep(DEEP + 3),
      expect.stringMatching(/^§ 2 › block 4 \(bulletList\): does not fit the schema: .*; its text is kept as plain text$/u),
    ]);
    expect(protocol.items[1]!.text.split('\n').filter(Boolean)).toEqual(['Början av den djupa punkten.', ...deepWords(DEEP, chain)]);
    expect(protocol.items[1]!.blocks?.map((block) => block.type)).toEqual(['paragraph', 'unstructured']);
  });

  it('keeps the text of a forged element nested deep outside any §, and reports each deep block once', () => {
    const doc = new Y.Doc();
    doc.transact(() => {
      const body = doc.getXmlFragment(BODY_FRAGMENT);
      let current = appendElement(body, 'marquee');
      for (let level = 1; level < DEEP; level++) current = appendElement(current, 'marquee');
      appendElement(current, 'paragraph', 'längst ner');
      // Three branches that each reach below the limit, in one top-level quote.
      const quote = appendElement(body, 'blockquote');
      for (const word of ['ett', 'två', 'tre']) {
        let branch = quote;
        for (let level = 0; level < MAX_NESTING_DEPTH; level++) branch = appendElement(branch, 'blockquote');
        appendElement(branch, 'paragraph', word);
      }
    });
    const protocol = extractProtocol(doc, record);
    expect(protocol.loose.map((run) => run.text)).toEqual(['längst ner\n\nett\n\ntvå\n\ntre']);
    expect(protocol.problems).toEqual([
      `body › 1 (marquee): nested ${DEEP + 2} levels deep, deeper than the ${MAX_NESTING_DEPTH} levels a document may have; its text below level ${MAX_NESTING_DEPTH} is kept as plain text`,
      `body › 2 (blockquote): nested ${MAX_NESTING_DEPTH + 3} levels deep, deeper than the ${MAX_NESTING_DEPTH} levels a document may have; its text below level ${MAX_NESTING_DEPTH} is kept as plain text`,
      // Reading comes first, then what did not fit the schema.
      'body › 1 (marquee): does not fit the schema: Unknown node type: marquee; its text is kept as plain text',
    ]);
  });

  it('says so when what lies below the limit holds no text', () => {
    const doc = new Y.Doc();
    doc.transact(() => {
      let current = appendElement(doc.getXmlFragment(BODY_FRAGMENT), 'blockquote');
      for (let level = 1; level <= MAX_NESTING_DEPTH; level++) current = appendElement(current, 'blockquote');
    });
    expect(readBodyJson(doc).problems).toEqual([
      `body › 1 (blockquote): nested ${MAX_NESTING_DEPTH + 1} levels deep, deeper than the ${MAX_NESTING_DEPTH} levels a document may have; below level ${MAX_NESTING_DEPTH} it holds no text; skipped`,
    ]);
  });
});
