import { getSchema } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import type { Remark } from '../../shared/adjustment/types';
import { protocolExtensions } from '../../shared/editor/extensions';
import { groupThreadsByParagraph } from './groupThreadsByParagraph';
import type { RemarkThread } from './RemarkThread';

const schema = getSchema(protocolExtensions());
const item = (title: string, text: string) => ({ type: 'agendaItem', attrs: { title }, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
const doc = schema.nodeFromJSON({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Inledning' }] }, item('Öppnande', 'Mötet öppnades.'), item('Budget', 'Budgeten godkändes.')],
});

/** Where `word` is in the document above. */
function rangeOf(word: string): { from: number; to: number } {
  let range: { from: number; to: number } | null = null;
  doc.descendants((node, pos) => {
    const index = node.isText ? (node.text ?? '').indexOf(word) : -1;
    if (range === null && index >= 0) range = { from: pos + index, to: pos + index + word.length };
  });
  if (range === null) throw new Error(word);
  return range;
}

function thread(id: number): RemarkThread {
  const root: Remark = { id, parentId: null, anchor: { start: '', end: '', quote: '' }, text: '', author: 'A', role: 'chair', createdAt: '', resolvedAt: null, resolvedBy: null };
  return { root, replies: [] };
}

describe('groupThreadsByParagraph', () => {
  it('groups threads by paragraph (§) in document order, placeless ones last', () => {
    const ranges = new Map([
      [1, rangeOf('godkändes')],
      [2, rangeOf('öppnades')],
      [3, rangeOf('Budgeten')],
      [4, rangeOf('Inledning')],
    ]);
    const groups = groupThreadsByParagraph(doc, [1, 2, 3, 4, 5].map(thread), ranges);
    expect(groups.map((group) => [group.ordinal, group.title, group.threads.map((placed) => placed.thread.root.id)])).toEqual([
      [1, 'Öppnande', [2]],
      [2, 'Budget', [3, 1]],
      [null, '', [4, 5]],
    ]);
    expect(groups[2]?.threads[1]?.range).toBeNull();
  });

  it('is empty without threads', () => {
    expect(groupThreadsByParagraph(doc, [], new Map())).toEqual([]);
  });
});
