import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { extractProtocol, type MeetingRecord } from './extractProtocol';
import { fixtureNotesDoc } from './testing/fixtureNotes';
import { fixtureProtocolDoc } from './testing/fixtureProtocol';
import { writeMeta } from './yDocMeta';

const record: MeetingRecord = {
  id: 'm1',
  title: 'Skolchefer februari',
  kind: 'protocol',
  body: null,
  startsAt: null,
  place: null,
  state: 'draft',
  firstParagraph: 1,
};

/** The document as the server holds it: rebuilt from the bytes a client sent. */
function overTheWire(doc: Y.Doc): Y.Doc {
  const received = new Y.Doc();
  Y.applyUpdate(received, Y.encodeStateAsUpdate(doc));
  return received;
}

const PROTOCOL_TITLES = [
  [18, 'Mötets öppnande', ''],
  [19, 'Val av justerare', ''],
  [20, 'Förra mötets protokoll', ''],
  [21, 'Tema Kompetensförsörjning', ''],
  [22, 'Styrgrupp utifrån politiskt uppdrag - dimensionering', 'Ove'],
  [23, 'Styrgrupp utifrån politiskt uppdrag obehöriga elever', 'Anneli'],
  [24, 'Rapportering från arbetsgrupper', ''],
  [25, 'Branschråd Pedagogik', 'Anneli'],
  [26, 'Samverkan Skola-Arbetsliv, kort varvet runt', ''],
  [27, 'Måldokument Utbildning Skaraborg, revidering', ''],
  [28, 'Uppdrag för avdelningschefer/verksamhetschefer', ''],
  [29, 'Rapportering', ''],
  [30, 'Tema Förändringsledarskap', ''],
  [31, 'Övriga frågor', ''],
  [32, 'Avslutning', ''],
] as const;

describe('extractProtocol on the protocol fixture (§ 18–32)', () => {
  const protocol = extractProtocol(overTheWire(fixtureProtocolDoc()), record);

  it('has all 15 paragraphs with titles and presenters, in order, and no problems', () => {
    expect(protocol.problems).toEqual([]);
    expect(protocol.items.map((item) => [item.number, item.title, item.presenter])).toEqual(PROTOCOL_TITLES);
    expect(protocol.meeting.paragraphRange).toEqual({ first: 18, last: 32 });
  });

  it('takes the meeting data of the document over the server record', () => {
    expect(protocol.meeting).toEqual({
      id: 'm1',
      title: 'Skolchefer februari',
      kind: 'protocol',
      body: 'Skol- och utbildningschefer',
      startsAt: '2022-02-11',
      place: 'digitalt via Teams',
      state: 'draft',
      firstParagraph: 18,
      paragraphRange: { first: 18, last: 32 },
    });
    expect(protocol.nextMeeting).toEqual({ date: '2022-03-10', time: '', place: 'Hotell Falköping' });
  });

  it('has the election in § 19 and the decision in § 20, numbered within their paragraph', () => {
    const decisions = protocol.items.flatMap((item) => item.decisions.map((decision) => ({ item: item.number, ...decision })));
    expect(decisions).toEqual([
      { item: 19, number: 1, leadIn: 'Beslut', clauses: ['Till att justera dagens protokoll väljs Zophia Zander Norell.'], text: 'Till att justera dagens protokoll väljs Zophia Zander Norell.' },
      { item: 20, number: 1, leadIn: 'Mötet beslutar att', clauses: ['Lägga förra mötets protokoll till handlingarna.'], text: 'Lägga förra mötets protokoll till handlingarna.' },
    ]);
  });

  it('has the action items written as prose in § 28 and § 31', () => {
    const actions = protocol.items.flatMap((item) => item.actionItems.map((action) => ({ item: item.number, ...action })));
    expect(actions).toEqual([
      { item: 28, assignee: 'Mari-Louise Brage, Jonny Palmkvist', task: 'Mari-Louise och Jonny pratar sig samman och återkommer med förslag.', due: '', status: 'open' },
      { item: 31, assignee: 'André Essebro', task: 'André tar fram underlag.', due: 'next-meeting', status: 'open' },
      { item: 31, assignee: 'Hillevi Larsson', task: 'Hillevi ska ta reda på gemensam formulering och skicka ut till alla.', due: '', status: 'open' },
    ]);
  });

  it('has the attendance with organisations, presence and roles', () => {
    const { attendees } = protocol;
    expect(attendees.filter((a) => a.presence === 'present')).toHaveLength(16);
    expect(attendees.filter((a) => a.presence === 'present').every((a) => a.organization !== '')).toBe(true);
    expect(attendees.filter((a) => a.presence === 'absent').map((a) => a.name)).toEqual(['Grästorps kommun', 'Essunga kommun']);
    expect(attendees.filter((a) => a.presence === 'other').map((a) => a.name)).toEqual([
      'Hillevi Larsson',
      'Johan Strömberg',
      'Sara Holm',
      'Judith Åkesson',
      'Catarina Carlehed',
    ]);
    const roles = Object.fromEntries(attendees.filter((a) => a.role !== 'ledamot' && a.role !== 'ovrig').map((a) => [a.role, a.name]));
    expect(roles).toEqual({ ordforande: 'Katarina Lindberg', sekreterare: 'Hillevi Larsson', justerare: 'Zophia Zander Norell' });
    expect(attendees[0]).toEqual({ name: 'Katarina Lindberg', organization: 'Skövde', role: 'ordforande', presence: 'present' });
  });

  it('writes item text as paragraphs, sub-headings, list items and table rows', () => {
    const text = (n: number) => protocol.items.find((item) => item.number === n)?.text ?? '';
    expect(text(18)).toBe('Ordföranden öppnar mötet.');
    expect(text(19)).toBe('');
    expect(text(21).split('\n\n').slice(0, 2)).toEqual([
      'Rapport Kompetensforum',
      expect.stringMatching(/^Johan Rahmberg inleder passet/),
    ]);
    expect(text(27)).toContain('\n\n- Vilka mål ska vi ha fram till nästa mandatperiod, alltså 2022-2026?\n- Finns det något övrigt');
    const table = text(26).split('\n');
    expect(table).toHaveLength(14);
    expect(table[0]).toBe('Kommun | Har SSA plan eller ej | Beskrivning');
    expect(table[1]).toMatch(/^Skövde \| Ja \| Det är ett fokusområde/);
    expect(table[12]).toMatch(/^Götene \| Ja \| Bäst i klassen\..* Exempel: PRAO .* berättar om arbetet\.$/);
    expect(table[13]).toMatch(/^Vara \| Nej \| /);
    // Action items are structure, not text.
    expect(text(28)).not.toContain('pratar sig samman');
    expect(text(32)).toBe('Ordförande avslutar mötet.\n\nNästa möte: 10 mars Hotell Falköping, 11 mars Mössebergs Kurort Falköping');
  });
});

describe('extractProtocol on the notes fixture', () => {
  const notes = extractProtocol(overTheWire(fixtureNotesDoc()), { ...record, kind: 'notes', body: 'Nätverk' });

  it('has all 6 numbered items, their action items and the next meeting', () => {
    expect(notes.problems).toEqual([]);
    expect(notes.items.map((item) => [item.number, item.title])).toEqual([
      [1, 'Uppföljning av skolchefsuppdrag – hur går vi vidare?'],
      [2, 'Utvärdering Nätverksdagen – hur blir vi bättre?'],
      [3, 'Laget runt med fokus på covid-frågor'],
      [4, 'Hot och våld och oroshärdar bland elever – uppföljning ev åtgärder'],
      [5, 'Planering student'],
      [6, 'Nästa möte'],
    ]);
    expect(notes.items.flatMap((item) => item.actionItems.map((a) => [item.number, a.assignee, a.task, a.due, a.status]))).toEqual([
      [1, 'Andre', 'Andre återkommer med respons vid nästa nätverksmöte.', 'next-meeting', 'open'],
      [
        2,
        'Varje medlem i nätverket',
        'Varje medlem i nätverket fick i uppdrag att diskutera på egna skolan/skolorna om möjligheten att arrangera en tid för nätverkande under ca 3h någon gång under 2022.',
        'next-meeting',
        'open',
      ],
    ]);
    expect(notes.items.flatMap((item) => item.decisions)).toEqual([]);
    expect(notes.nextMeeting).toEqual({ date: '2022-03-18', time: '08:30', place: 'Rudbecksgymnasiet eller via Teams' });
    expect(notes.meeting).toMatchObject({ kind: 'notes', body: 'Nätverk', firstParagraph: 1, paragraphRange: { first: 1, last: 6 } });
    expect(notes.attendees).toEqual([]);
  });
});

describe('extractProtocol meeting data', () => {
  it('falls back to the server record where the document sets nothing', () => {
    const protocol = extractProtocol(new Y.Doc(), { ...record, body: 'Styrelsen', startsAt: '2025-02-05T09:00', place: 'Rådhuset', firstParagraph: 7 });
    expect(protocol).toEqual({
      meeting: { ...record, body: 'Styrelsen', startsAt: '2025-02-05T09:00', place: 'Rådhuset', firstParagraph: 7, paragraphRange: null },
      attendees: [],
      items: [],
      loose: [],
      nextMeeting: null,
      problems: [],
    });
  });

  it('numbers from the first paragraph set in the document', () => {
    const doc = fixtureNotesDoc();
    writeMeta(doc, { firstParagraph: 40, place: '  ' });
    const protocol = extractProtocol(doc, { ...record, kind: 'notes', place: 'Rudbeck' });
    expect(protocol.items.map((item) => item.number)).toEqual([40, 41, 42, 43, 44, 45]);
    expect(protocol.meeting.place).toBe('Rudbeck');
  });
});
