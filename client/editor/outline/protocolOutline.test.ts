import { getSchema } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { protocolExtensions } from '../../../shared/editor/extensions';
import { nthNodePos } from './nthNodePos';
import { protocolOutline } from './protocolOutline';

const schema = getSchema(protocolExtensions());
const text = (value: string) => [{ type: 'text', text: value }];
const doc = schema.nodeFromJSON({
  type: 'doc',
  content: [
    { type: 'agendaItem', attrs: { title: 'Mötets öppnande' }, content: [{ type: 'paragraph', content: text('Ordföranden öppnar mötet.') }] },
    {
      type: 'agendaItem',
      attrs: { title: 'Förra mötets protokoll' },
      content: [
        { type: 'decision', content: [{ type: 'decisionClause', content: text('lägga protokollet till handlingarna') }, { type: 'decisionClause', content: text(' tacka ') }] },
        { type: 'actionItem', attrs: { assignee: 'Hillevi Larsson', due: 'next-meeting', status: 'open' }, content: text('skicka ut') },
        { type: 'actionItem', attrs: { assignee: 'Andre', due: '', status: 'done' }, content: text('återkomma') },
      ],
    },
    { type: 'paragraph' },
    {
      type: 'agendaItem',
      attrs: { title: 'Övriga frågor' },
      content: [{ type: 'decision', content: [{ type: 'decisionClause' }] }],
    },
  ],
});

describe('protocolOutline', () => {
  it('lists decisions and action items in order, with their paragraph and number', () => {
    expect(protocolOutline(doc)).toEqual({
      itemCount: 3,
      decisions: [
        { index: 0, itemOrdinal: 2, number: 1, clauses: ['lägga protokollet till handlingarna', 'tacka'] },
        { index: 1, itemOrdinal: 3, number: 1, clauses: [''] },
      ],
      actionItems: [
        { index: 0, itemOrdinal: 2, assignee: 'Hillevi Larsson', task: 'skicka ut', due: 'next-meeting', status: 'open' },
        { index: 1, itemOrdinal: 2, assignee: 'Andre', task: 'återkomma', due: '', status: 'done' },
      ],
    });
  });

  it('finds the n-th node of a type again, and nothing past the last', () => {
    const pos = nthNodePos(doc, 'actionItem', 1);
    expect(pos === null ? null : doc.nodeAt(pos)?.textContent).toBe('återkomma');
    expect(nthNodePos(doc, 'decision', 2)).toBeNull();
  });
});
