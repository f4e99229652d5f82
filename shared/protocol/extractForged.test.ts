import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { buildMeetingDoc } from './buildMeetingDoc';
import { BODY_FRAGMENT } from './docNames';
import { extractProtocol, type MeetingRecord } from './extractProtocol';
import { actionItemJson, agendaItemJson, decisionJson, docJson, paragraphJson } from './nodeJson';

const record: MeetingRecord = { id: 'm', title: 'M', kind: 'protocol', body: null, startsAt: null, place: null, state: 'draft', firstParagraph: 1 };

/** Three valid paragraphs (§ 1–3); the tests forge parts between and inside them, as a hostile client could. */
function validDoc(): Y.Doc {
  return buildMeetingDoc({
    body: docJson(
      agendaItemJson('Första', [paragraphJson('ett')]),
      agendaItemJson('Andra', [decisionJson(['besluta något.']), actionItemJson({ assignee: 'Anna', task: 'göra något' })]),
      agendaItemJson('Tredje', [paragraphJson('tre')]),
    ),
  });
}

const body = (doc: Y.Doc) => doc.getXmlFragment(BODY_FRAGMENT);
const element = (name: string, attrs: Record<string, unknown> = {}, children: (Y.XmlElement | Y.XmlText)[] = []) => {
  const el = new Y.XmlElement(name);
  for (const [key, value] of Object.entries(attrs)) el.setAttribute(key, value as string);
  el.insert(0, children);
  return el;
};
const paragraph = (text: string) => element('paragraph', {}, [new Y.XmlText(text)]);
const item = (doc: Y.Doc, index: number) => body(doc).get(index) as Y.XmlElement;

/** Forges, then extracts from the bytes, as the server would receive them. */
function extractForged(forge: (doc: Y.Doc) => void) {
  const doc = validDoc();
  forge(doc);
  const received = new Y.Doc();
  Y.applyUpdate(received, Y.encodeStateAsUpdate(doc));
  return extractProtocol(received, record);
}

describe('extractProtocol on forged documents', () => {
  it('keeps the text of an unknown node type as plain text and a decision outside any paragraph as a decision, each in its place', () => {
    const protocol = extractForged((doc) => {
      body(doc).insert(1, [element('marquee', {}, [new Y.XmlText('blink')])]);
      body(doc).insert(3, [element('decision', {}, [element('decisionClause', {}, [new Y.XmlText('loose')])])]);
    });
    expect(protocol.items.map((i) => [i.number, i.title])).toEqual([
      [1, 'Första'],
      [2, 'Andra'],
      [3, 'Tredje'],
    ]);
    expect(protocol.loose).toEqual([
      { itemsBefore: 1, text: 'blink', decisions: [], actionItems: [] },
      { itemsBefore: 2, text: '', decisions: [{ number: 1, leadIn: 'Mötet beslutar att', clauses: ['loose'], text: 'loose' }], actionItems: [] },
    ]);
    expect(protocol.problems).toEqual([
      expect.stringMatching(/^body › 2 \(marquee\): does not fit the schema: .*marquee.*; its text is kept as plain text$/),
      'body › 4 (decision): a decision belongs inside a paragraph (§); kept where it stands',
    ]);
  });

  it('keeps an agendaItem with wrong content (so numbers match the editor), the blocks that fit as they are and the text of the others', () => {
    const protocol = extractForged((doc) => {
      const second = item(doc, 1);
      // After its title and presenter (children 0 and 1): a nested § before the decision, a table row after it.
      second.insert(2, [element('agendaItem', {}, [element('agendaTitle', {}, [new Y.XmlText('nested')]), element('agendaPresenter'), paragraph('inside')])]);
      second.insert(4, [element('tableRow')]);
      body(doc).insert(2, [element('agendaItem', {}, [element('agendaTitle', {}, [new Y.XmlText('Tom')]), element('agendaPresenter')])]);
    });
    expect(protocol.items.map((i) => [i.number, i.title])).toEqual([
      [1, 'Första'],
      [2, 'Andra'],
      [3, 'Tom'],
      [4, 'Tredje'],
    ]);
    const second = protocol.items[1]!;
    expect(second.decisions.map((d) => d.text)).toEqual(['besluta något.']);
    expect(second.actionItems.map((a) => a.task)).toEqual(['göra något']);
    // The nested item's title and body are words someone wrote; the empty table row holds none.
    expect(second.text).toBe('nested\ninside');
    expect(protocol.problems).toEqual([
      '§ 2 › block 3 (agendaItem): an agendaItem does not belong inside a paragraph (§); its text is kept as plain text',
      '§ 2 › block 5 (tableRow): a tableRow does not belong inside a paragraph (§); skipped, it has no text',
      expect.stringMatching(/^§ 3: does not fit the schema \(Invalid content for node agendaItem/),
    ]);
  });

  it('reads attributes of the wrong type as their defaults and says so', () => {
    const protocol = extractForged((doc) => {
      const second = item(doc, 1);
      // Children 0 and 1 are the title and presenter; then the decision and the action item.
      (second.get(3) as Y.XmlElement).setAttribute('status', 'maybe');
      (second.get(3) as Y.XmlElement).setAttribute('assignee', ['Anna'] as unknown as string);
    });
    expect(protocol.items.map((i) => i.title)).toEqual(['Första', 'Andra', 'Tredje']);
    expect(protocol.items[1]!.actionItems[0]).toEqual({ assignee: '', task: 'göra något', due: '', status: 'open' });
    expect(protocol.problems).toEqual([
      '§ 2, uppdrag 1: attribute assignee is not text; read as ""',
      '§ 2, uppdrag 1: attribute status is "maybe", not one of open, done; read as open',
    ]);
  });

  it('reads a document of the shape stored before titles and lead-ins were text, attributes of the wrong type as their defaults', () => {
    const protocol = extractForged((doc) => {
      const decision = element('decision', { leadIn: { evil: true } }, [element('decisionClause', {}, [new Y.XmlText('godkänna')])]);
      body(doc).insert(3, [element('agendaItem', { title: 'Gammal form', presenter: 'Ove' }, [paragraph('text'), decision])]);
      body(doc).insert(4, [element('agendaItem', { title: 42 }, [paragraph('fyra')])]);
    });
    expect(protocol.items.map((i) => [i.number, i.title, i.presenter, i.text])).toEqual([
      [1, 'Första', '', 'ett'],
      [2, 'Andra', '', ''],
      [3, 'Tredje', '', 'tre'],
      [4, 'Gammal form', 'Ove', 'text'],
      [5, '', '', 'fyra'],
    ]);
    expect(protocol.items[3]!.decisions[0]).toMatchObject({ leadIn: 'Mötet beslutar att', clauses: ['godkänna'] });
    expect(protocol.problems).toEqual([
      'body › 4 › block 2: attribute leadIn is not text; read as "Mötet beslutar att"',
      'body › 5: attribute title is not text; read as ""',
    ]);
  });

  it('survives shared types that are not XML in the body and unknown marks', () => {
    const protocol = extractForged((doc) => {
      // y-tiptap itself throws on these; only the forged parts may be lost.
      body(doc).insert(0, [new Y.Map() as unknown as Y.XmlElement]);
      // After the title and presenter of each.
      item(doc, 3).insert(2, [new Y.Array() as unknown as Y.XmlElement]);
      const text = new Y.XmlText();
      text.insert(0, 'fet', { blink: {} });
      item(doc, 2).insert(2, [element('paragraph', {}, [text])]);
    });
    expect(protocol.items.map((i) => [i.number, i.title, i.text])).toEqual([
      [1, 'Första', 'ett'],
      [2, 'Andra', 'fet'],
      [3, 'Tredje', 'tre'],
    ]);
    expect(protocol.problems).toEqual([
      expect.stringMatching(/^body › 1: skipped a \w+ that is not part of a document/),
      expect.stringMatching(/^body › 4 \(agendaItem\) › 3: skipped a \w+ that is not part of a document/),
      expect.stringMatching(/^§ 2 › block 3 \(paragraph\): does not fit the schema: .*blink.*; its text is kept as plain text$/),
    ]);
  });

  it('survives a body that is not an XML fragment and meeting data of the wrong shape', () => {
    const doc = new Y.Doc();
    doc.getText(BODY_FRAGMENT).insert(0, 'not xml');
    doc.getArray('meta').push(['not a map']);
    doc.getMap('attendees').set('x', 1);
    const protocol = extractProtocol(doc, record);
    expect(protocol.items).toEqual([]);
    expect(protocol.meeting.firstParagraph).toBe(1);
    expect(protocol.problems.length).toBeGreaterThan(0);
  });
});
