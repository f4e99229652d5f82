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
  it('skips an unknown node type and a decision outside any paragraph, keeps the rest', () => {
    const protocol = extractForged((doc) => {
      body(doc).insert(1, [element('marquee', {}, [new Y.XmlText('blink')])]);
      body(doc).insert(3, [element('decision', {}, [element('decisionClause', {}, [new Y.XmlText('loose')])])]);
    });
    expect(protocol.items.map((i) => [i.number, i.title])).toEqual([
      [1, 'Första'],
      [2, 'Andra'],
      [3, 'Tredje'],
    ]);
    expect(protocol.problems).toEqual([
      expect.stringMatching(/^body › 2 \(marquee\): skipped, does not fit the schema: .*marquee/),
      expect.stringMatching(/^body › 4 \(decision\): skipped, a decision belongs inside a paragraph/),
    ]);
  });

  it('keeps an agendaItem with wrong content (so numbers match the editor) but only the blocks that fit', () => {
    const protocol = extractForged((doc) => {
      const second = item(doc, 1);
      second.insert(0, [element('agendaItem', { title: 'nested' }, [paragraph('inside')])]);
      second.insert(2, [element('tableRow')]);
      body(doc).insert(2, [element('agendaItem', { title: 'Tom' })]);
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
    expect(second.text).toBe('');
    expect(protocol.problems).toEqual([
      expect.stringMatching(/^§ 2 › block 1 \(agendaItem\): skipped, a agendaItem does not belong inside a paragraph/),
      expect.stringMatching(/^§ 2 › block 3 \(tableRow\): skipped, a tableRow does not belong inside a paragraph/),
      expect.stringMatching(/^§ 3: does not fit the schema \(Invalid content for node agendaItem/),
    ]);
  });

  it('reads attributes of the wrong type as their defaults and says so', () => {
    const protocol = extractForged((doc) => {
      item(doc, 0).setAttribute('title', 42 as unknown as string);
      const second = item(doc, 1);
      (second.get(0) as Y.XmlElement).setAttribute('leadIn', { evil: true } as unknown as string);
      (second.get(1) as Y.XmlElement).setAttribute('status', 'maybe');
      (second.get(1) as Y.XmlElement).setAttribute('assignee', ['Anna'] as unknown as string);
    });
    expect(protocol.items.map((i) => i.title)).toEqual(['', 'Andra', 'Tredje']);
    expect(protocol.items[1]!.decisions[0]).toMatchObject({ leadIn: 'Mötet beslutar att', text: 'besluta något.' });
    expect(protocol.items[1]!.actionItems[0]).toEqual({ assignee: '', task: 'göra något', due: '', status: 'open' });
    expect(protocol.problems).toEqual([
      '§ 1: attribute title is not text; read as ""',
      '§ 2, beslut 1: attribute leadIn is not text; read as "Mötet beslutar att"',
      '§ 2, uppdrag 1: attribute assignee is not text; read as ""',
      '§ 2, uppdrag 1: attribute status is "maybe", not one of open, done; read as open',
    ]);
  });

  it('survives shared types that are not XML in the body and unknown marks', () => {
    const protocol = extractForged((doc) => {
      // y-tiptap itself throws on these; only the forged parts may be lost.
      body(doc).insert(0, [new Y.Map() as unknown as Y.XmlElement]);
      item(doc, 3).insert(0, [new Y.Array() as unknown as Y.XmlElement]);
      const text = new Y.XmlText();
      text.insert(0, 'fet', { blink: {} });
      item(doc, 2).insert(0, [element('paragraph', {}, [text])]);
    });
    expect(protocol.items.map((i) => [i.number, i.title, i.text])).toEqual([
      [1, 'Första', 'ett'],
      [2, 'Andra', ''],
      [3, 'Tredje', 'tre'],
    ]);
    expect(protocol.problems).toEqual([
      expect.stringMatching(/^body › 1: skipped a \w+ that is not part of a document/),
      expect.stringMatching(/^body › 4 \(agendaItem\) › 1: skipped a \w+ that is not part of a document/),
      expect.stringMatching(/^§ 2 › block 1 \(paragraph\): skipped, does not fit the schema: .*blink/),
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
