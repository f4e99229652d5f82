import { describe, expect, it } from 'vitest';
import { buildMeetingDoc } from './buildMeetingDoc';
import { extractProtocol, type MeetingRecord } from './extractProtocol';
import { agendaItemJson, decisionJson, docJson, paragraphJson } from './nodeJson';
import { fixtureProtocolDoc } from './testing/fixtureProtocol';

const record: MeetingRecord = { id: 'm1', title: 'T', kind: 'protocol', body: null, startsAt: null, place: null, state: 'draft', firstParagraph: 1 };

describe('extractProtocol with blocks', () => {
  it('leaves blocks out unless asked for, so GET /protocol is unchanged', () => {
    const plain = extractProtocol(fixtureProtocolDoc(), record);
    expect(plain.items.every((item) => item.blocks === undefined)).toBe(true);
    const withBlocks = extractProtocol(fixtureProtocolDoc(), record, { blocks: true });
    expect(withBlocks.items.map(({ blocks: _blocks, ...rest }) => rest)).toEqual(plain.items);
  });

  it('keeps the order of text, decisions and action items, and the structure of lists and tables', () => {
    const { items } = extractProtocol(fixtureProtocolDoc(), record, { blocks: true });
    const byNumber = (n: number) => items.find((item) => item.number === n)?.blocks ?? [];
    expect(byNumber(19)).toEqual([{ type: 'decision', index: 0 }]);
    expect(byNumber(27).map((block) => block.type)).toEqual(['paragraph', 'paragraph', 'paragraph', 'paragraph', 'list', 'paragraph']);
    const list = byNumber(27)[4];
    expect(list).toMatchObject({ type: 'list', ordered: false, items: [[{ type: 'paragraph' }], [{ type: 'paragraph' }]] });
    const table = byNumber(26)[0];
    if (table?.type !== 'table') throw new Error('§ 26 starts with its table');
    expect(table.rows).toHaveLength(14);
    expect(table.rows[0]?.cells.map((cell) => [cell.header, cell.blocks])).toEqual([
      [true, [{ type: 'paragraph', inlines: [{ text: 'Kommun' }] }]],
      [true, [{ type: 'paragraph', inlines: [{ text: 'Har SSA plan eller ej' }] }]],
      [true, [{ type: 'paragraph', inlines: [{ text: 'Beskrivning' }] }]],
    ]);
    expect(table.rows[12]?.cells[2]?.blocks).toHaveLength(4);
    expect(byNumber(31).filter((block) => block.type === 'actionItem')).toEqual([
      { type: 'actionItem', index: 0 },
      { type: 'actionItem', index: 1 },
    ]);
  });

  it('keeps bold, italic and safe links, and drops a javascript: target but keeps its text', () => {
    const doc = buildMeetingDoc({
      body: docJson(
        agendaItemJson('Länkar', [
          {
            type: 'paragraph',
            content: [
              { type: 'text', text: 'Se ' },
              { type: 'text', text: 'sidan', marks: [{ type: 'link', attrs: { href: 'https://example.se/å' } }] },
              { type: 'text', text: ' och ' },
              { type: 'text', text: 'klicka', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] },
              { type: 'hardBreak' },
              { type: 'text', text: 'fet', marks: [{ type: 'bold' }, { type: 'italic' }] },
            ],
          },
          decisionJson(['att godkänna']),
          paragraphJson('<script>alert(1)</script>'),
        ]),
      ),
    });
    const [item] = extractProtocol(doc, record, { blocks: true }).items;
    expect(item?.blocks).toEqual([
      {
        type: 'paragraph',
        inlines: [{ text: 'Se ' }, { text: 'sidan', href: 'https://example.se/å' }, { text: ' och klicka\n' }, { text: 'fet', bold: true, italic: true }],
      },
      { type: 'decision', index: 0 },
      { type: 'paragraph', inlines: [{ text: '<script>alert(1)</script>' }] },
    ]);
  });
});
