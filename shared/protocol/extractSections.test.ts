import { describe, expect, it } from 'vitest';
import { buildMeetingDoc } from './buildMeetingDoc';
import { extractProtocol, type MeetingRecord } from './extractProtocol';
import { agendaItemJson, bulletListJson, docJson, headingJson, paragraphJson } from './nodeJson';
import { templateBody } from './templates';

const record: MeetingRecord = { id: 'm', title: 'M', kind: 'protocol', body: null, startsAt: null, place: null, state: 'draft', firstParagraph: 5 };

/** Notes as people paste them: opening sentences, then paragraphs with a section heading between them, a list at the end. */
const pastedNotes = () =>
  buildMeetingDoc({
    body: docJson(
      paragraphJson('Närvarande enligt bifogad lista.'),
      paragraphJson('Mötet hölls i biblioteket.'),
      agendaItemJson('Mötets öppnande', [paragraphJson('Ordföranden öppnar mötet.')]),
      headingJson('Avsnitt B: Ekonomi', 2),
      agendaItemJson('Budget', [paragraphJson('Budgeten godkänns.')]),
      bulletListJson('Fika nästa gång', 'Ta med nycklar'),
    ),
  });

describe('extractProtocol keeps what stands outside any paragraph (§)', () => {
  it('gives the text before the first §, between two and after the last, each with how many § come before it', () => {
    const protocol = extractProtocol(pastedNotes(), record);
    expect(protocol.items.map((item) => [item.number, item.title, item.text])).toEqual([
      [5, 'Mötets öppnande', 'Ordföranden öppnar mötet.'],
      [6, 'Budget', 'Budgeten godkänns.'],
    ]);
    expect(protocol.loose).toEqual([
      { itemsBefore: 0, text: 'Närvarande enligt bifogad lista.\n\nMötet hölls i biblioteket.', decisions: [], actionItems: [] },
      { itemsBefore: 1, text: 'Avsnitt B: Ekonomi', decisions: [], actionItems: [] },
      { itemsBefore: 2, text: '- Fika nästa gång\n- Ta med nycklar', decisions: [], actionItems: [] },
    ]);
    // Blocks that fit the schema where they stand are no problem.
    expect(protocol.problems).toEqual([]);
  });

  it('gives the blocks of the outside content only when asked for, as for the items', () => {
    const withBlocks = extractProtocol(pastedNotes(), record, { blocks: true });
    expect(withBlocks.loose.map((run) => run.blocks?.map((block) => block.type))).toEqual([['paragraph', 'paragraph'], ['heading'], ['list']]);
    expect(withBlocks.loose.map(({ blocks: _blocks, ...rest }) => rest)).toEqual(extractProtocol(pastedNotes(), record).loose);
  });

  it('leaves out a run with no text, such as the empty paragraph of the empty template', () => {
    const protocol = extractProtocol(buildMeetingDoc({ body: templateBody('empty') }), record);
    expect(protocol.items).toEqual([]);
    expect(protocol.loose).toEqual([]);
    expect(protocol.problems).toEqual([]);
  });
});
