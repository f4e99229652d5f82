import { describe, expect, it } from 'vitest';
import { buildMeetingDoc } from './buildMeetingDoc';
import { extractProtocol, type MeetingRecord } from './extractProtocol';
import { followUpTemplate } from './followUpTemplate';
import { parseNode } from './parseNode';
import { protocolSchema } from './protocolSchema';
import { TEMPLATE_NAMES, templateBody } from './templates';

const record: MeetingRecord = { id: 'm', title: 'M', kind: 'protocol', body: null, startsAt: null, place: null, state: 'draft', firstParagraph: 1 };

describe('templates', () => {
  it.each(TEMPLATE_NAMES)('%s fits the shared schema', (name) => {
    expect(parseNode(protocolSchema(), templateBody(name))).toMatchObject({ ok: true });
  });

  it('Protokoll has the standing items and drafted decisions a secretary expects', () => {
    const protocol = extractProtocol(buildMeetingDoc({ body: templateBody('protocol'), meta: { firstParagraph: 33 } }), record);
    expect(protocol.problems).toEqual([]);
    expect(protocol.items.map((item) => `§ ${item.number} ${item.title}`)).toEqual([
      '§ 33 Mötets öppnande',
      '§ 34 Val av justerare',
      '§ 35 Godkännande av dagordning',
      '§ 36 Förra mötets protokoll',
      '§ 37 Övriga frågor',
      '§ 38 Nästa möte',
      '§ 39 Mötets avslutande',
    ]);
    expect(protocol.items.map((item) => item.decisions.map((d) => `${d.leadIn} ${d.text}`))).toEqual([
      [],
      ['Mötet beslutar att utse … att jämte ordföranden justera dagens protokoll.'],
      ['Mötet beslutar att godkänna dagordningen.'],
      ['Mötet beslutar att lägga förra mötets protokoll till handlingarna.'],
      [],
      [],
      [],
    ]);
  });

  it('Minnesanteckningar has a few numbered items, follow-up first; empty is one empty line', () => {
    const notes = extractProtocol(buildMeetingDoc({ body: templateBody('notes') }), { ...record, kind: 'notes' });
    expect(notes.items.map((item) => item.title)).toEqual(['Uppföljning från förra mötet', 'Laget runt', 'Övriga frågor', 'Nästa möte']);
    expect(extractProtocol(buildMeetingDoc({ body: templateBody('empty') }), record).items).toEqual([]);
  });

  it('lists open action items first in the follow-up item of the next meeting', () => {
    const open = [
      { assignee: 'André Essebro', task: 'André tar fram underlag.', due: 'next-meeting', status: 'open' as const },
      { assignee: 'Hillevi Larsson', task: 'Skicka ut formuleringen.', due: '', status: 'open' as const },
    ];
    const protocol = extractProtocol(buildMeetingDoc({ body: followUpTemplate('protocol', open) }), record);
    const followUp = protocol.items.find((item) => item.title === 'Förra mötets protokoll');
    expect(followUp?.actionItems).toEqual(open);
    expect(followUp?.decisions).toHaveLength(1);
    expect(followUp?.text).toBe('Uppdrag från förra mötet:');

    const notes = extractProtocol(buildMeetingDoc({ body: followUpTemplate('notes', open) }), { ...record, kind: 'notes' });
    expect(notes.items[0]?.actionItems).toEqual(open);
    expect(followUpTemplate('notes', [])).toEqual(templateBody('notes'));
  });
});
