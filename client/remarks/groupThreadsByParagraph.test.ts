import { getSchema } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import type { Remark } from '../../shared/adjustment/types';
import { protocolExtensions } from '../../shared/editor/extensions';
import { groupThreadsByParagraph } from './groupThreadsByParagraph';
import type { RemarkThread } from './RemarkThread';
import { rangeOfWord } from './testing/rangeOfWord';
import { agendaItemJson, paragraphJson } from '../../shared/protocol/nodeJson';

const schema = getSchema(protocolExtensions());
const item = (title: string, text: string) => agendaItemJson(title, [paragraphJson(text)]);
const doc = schema.nodeFromJSON({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Inledning' }] }, item('Öppnande', 'Mötet öppnades.'), item('Budget', 'Budgeten godkändes.')],
});


function thread(id: number): RemarkThread {
  const root: Remark = { id, parentId: null, anchor: { start: '', end: '', quote: '' }, text: '', author: 'A', role: 'chair', createdAt: '', resolvedAt: null, resolvedBy: null, verified: true };
  return { root, replies: [] };
}

describe('groupThreadsByParagraph', () => {
  it('groups threads by paragraph (§) in document order, placeless ones last', () => {
    const ranges = new Map([
      [1, rangeOfWord(doc, 'godkändes')],
      [2, rangeOfWord(doc, 'öppnades')],
      [3, rangeOfWord(doc, 'Budgeten')],
      [4, rangeOfWord(doc, 'Inledning')],
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
