import { getSchema } from '@tiptap/core';
import type { JSONContent } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { protocolExtensions } from '../../../shared/editor/extensions';
import { numberingDecorations } from './numberingDecorations';
import { ordinalOf } from './ordinalOf';

const schema = getSchema(protocolExtensions());
const clause = (text: string) => ({ type: 'decisionClause', content: [{ type: 'text', text }] });
const decision = (text: string): JSONContent => ({ type: 'decision', content: [clause(text)] });
const paragraph = (text = ''): JSONContent => ({ type: 'paragraph', content: text ? [{ type: 'text', text }] : [] });
const item = (title: string, ...content: JSONContent[]): JSONContent => ({ type: 'agendaItem', attrs: { title }, content: content.length ? content : [paragraph()] });

/** [node type, ordinal, item ordinal] of every numbered node, in document order. */
function numbering(content: JSONContent[]) {
  const doc = schema.nodeFromJSON({ type: 'doc', content });
  const set = numberingDecorations(doc);
  const found: [string, number, number][] = [];
  doc.descendants((node, pos) => {
    const spec = ordinalOf(set.find(pos, pos + node.nodeSize).filter((d) => d.from === pos && d.to === pos + node.nodeSize));
    if (spec) found.push([node.type.name, spec.protocolOrdinal, spec.itemOrdinal]);
    return node.type.name !== 'decision';
  });
  return found;
}

describe('numberingDecorations', () => {
  it('numbers paragraphs (§) among themselves, skipping loose headings, and decisions within their paragraph', () => {
    expect(
      numbering([
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Beslut' }] },
        item('Mötets öppnande'),
        item('Förra mötets protokoll', paragraph('Mötet beslutar att:'), decision('lägga protokollet till handlingarna'), decision('tacka')),
        paragraph(),
        item('Övriga frågor', decision('avsluta mötet')),
      ]),
    ).toEqual([
      ['agendaItem', 1, 1],
      ['agendaItem', 2, 2],
      ['decision', 1, 2],
      ['decision', 2, 2],
      ['agendaItem', 3, 3],
      ['decision', 1, 3],
    ]);
  });

  it('has nothing to number in a document without paragraphs', () => {
    expect(numbering([paragraph('Fri text')])).toEqual([]);
  });
});
