import { getSchema, type JSONContent } from '@tiptap/core';
import { Node } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';
import { protocolExtensions } from '../extensions';
import { nodesOfType, textOf } from './testing/nodesOfType';
import { readFixture } from './testing/readFixture';
import { documentWords, missingWords, wordCounts } from './testing/wordCounts';
import { textToProtocol } from './textToProtocol';
import { PROTOCOL_FIXTURE_TITLES } from './testing/fixtureTitles';
import { jsonAfterHeadings, jsonAgendaPresenter, jsonAgendaTitle, jsonDecisionLeadIn } from '../nodes/headingJson';

const schema = getSchema(protocolExtensions());

const titles = (doc: JSONContent): string[] => nodesOfType(doc, 'agendaItem').map((item) => jsonAgendaTitle(item));
const presenters = (doc: JSONContent): string[] => nodesOfType(doc, 'agendaItem').map((item) => jsonAgendaPresenter(item));
const clauses = (doc: JSONContent): string[] => nodesOfType(doc, 'decisionClause').map(textOf);
const topTypes = (doc: JSONContent): string[] => (doc.content ?? []).map((node) => node.type ?? '');
const paragraphs = (node: JSONContent): string[] => nodesOfType(node, 'paragraph').map(textOf);
const expectValid = (doc: JSONContent): void => expect(() => Node.fromJSON(schema, doc).check()).not.toThrow();

/**
 * The fixture's words as they should come out: item numbers gone (numbering is derived,
 * never stored), tags gone, words hyphenated at a line end joined.
 */
function sourceWords(text: string): Map<string, number> {
  const withoutTags = text.replace(/^\s*(?:§\s*\d+|\d+\.)(?=\s)/gmu, '').replace(/<\/?p>/gu, ' ');
  return wordCounts(withoutTags.replace(/(\p{L})-[ \t]*\n\s*(?=\p{Ll})/gu, '$1'));
}

describe('textToProtocol on the protocol fixture (§ 18–32)', () => {
  const source = readFixture('protokoll-skolchefer-18-32.txt');
  const { doc, firstNumber, itemCount, decisionCount } = textToProtocol(source);

  it('finds the 15 paragraphs in order with their titles and presenters, and the first number 18', () => {
    expect(firstNumber).toBe(18);
    expect(itemCount).toBe(15);
    expect(titles(doc)).toEqual(PROTOCOL_FIXTURE_TITLES);
    expect(presenters(doc)).toEqual(['', '', '', '', 'Ove', 'Anneli', '', 'Anneli', '', '', '', '', '', '', '']);
  });

  it('keeps the header before § 18 as top-level paragraphs', () => {
    const leading = (doc.content ?? []).slice(0, topTypes(doc).indexOf('agendaItem'));
    expect(leading.every((node) => node.type === 'paragraph')).toBe(true);
    expect(leading.map(textOf)).toEqual(expect.arrayContaining(['SKOL- OCH UTBILDNINGSCHEFER', 'PROTOKOLL', 'Katarina Lindberg, Skövde', 'Anneli Alm, Tidaholm', 'Paragrafer 18 - 32']));
  });

  it('turns "Mötet beslutar att:" in § 20 into a decision with its clause', () => {
    expect(decisionCount).toBe(1);
    expect(clauses(doc)).toEqual(['Lägga förra mötets protokoll till handlingarna.']);
    const item20 = nodesOfType(doc, 'agendaItem')[2];
    expect(jsonAfterHeadings(item20 ?? {}).map((node) => node.type)).toEqual(['decision']);
    expect(jsonDecisionLeadIn(jsonAfterHeadings(item20 ?? {})[0] ?? {})).toBe('Mötet beslutar att');
  });

  it('reads the tab-separated table of § 26 with all its rows, across the page break', () => {
    const item26 = nodesOfType(doc, 'agendaItem')[8];
    const [table] = nodesOfType(item26 ?? {}, 'table');
    const rows = (table?.content ?? []).map((row) => (row.content ?? []).map(textOf));
    expect(rows.map((row) => row[0])).toEqual(['Kommun', 'Skövde', 'Lidköping', 'Tibro', 'Skara', 'Tidaholm', 'Hjo', 'karlsborg', 'Töreboda', 'Mariestad', 'Falköping', 'Gullspång', 'Götene', 'Vara']);
    expect(rows.every((row) => row.length === 3)).toBe(true);
    expect(rows[0]).toEqual(['Kommun', 'Har SSA plan eller ej', 'Beskrivning']);
    expect(table?.content?.[0]?.content?.[0]?.type).toBe('tableHeader');
    // The "<p>" row after the page break continues Götene's description, one paragraph per <p>.
    const gotene = table?.content?.[12]?.content?.[2];
    expect(paragraphs(gotene ?? {})).toHaveLength(4);
    expect(paragraphs(gotene ?? {})[1]).toMatch(/^Exempel: PRAO i åk 9/u);
    expect(JSON.stringify(doc)).not.toContain('<p>');
  });

  it('joins the lines a page break cut, but keeps lists of names one per line', () => {
    const all = paragraphs(doc);
    expect(all).toContain(
      'Skolcheferna ser över ett möjligt uppdrag för verksamhetschefer. Några verksamhetschefer finns redan med i nätverksstrukturen (gy). Synpunkter framkom dels på att det ett nätverk där enbart verksamhetschefer ingår kan bli en "subgrupp" då de mindre kommunerna inte har verksamhetschefer och då heller inte kommer att ingå i ett sådant nätverk, dels att det blir olika nivåer om verksamhetscheferna ingår i de befintliga nätverken, såsom exempelvis gymnasienätverket.',
    );
    expect(all.some((text) => text.endsWith('från fristående förskolor och skolor samt naturbruksutbildningarna (Skara och Töreboda).'))).toBe(true);
    expect(all).toContain('Zophia Zander Norell, Tibro');
  });

  it('makes the "- " lines of § 27 a bullet list', () => {
    const [list] = nodesOfType(nodesOfType(doc, 'agendaItem')[9] ?? {}, 'bulletList');
    expect(paragraphs(list ?? {})).toEqual(['Vilka mål ska vi ha fram till nästa mandatperiod, alltså 2022-2026?', 'Finns det något övrigt i Måldokumentets nuvarande upplägg som ska ändras?']);
  });

  it('loses no word of the fixture', () => {
    const produced = documentWords(doc);
    const expected = sourceWords(source);
    expect(missingWords(expected, produced)).toEqual({});
    expect(missingWords(produced, expected)).toEqual({});
  });

  it('validates against the schema', () => {
    expectValid(doc);
  });
});

describe('textToProtocol on the notes fixture (1.–6.)', () => {
  const source = readFixture('anteckningar-natverksmote.txt');
  const { doc, firstNumber, itemCount, decisionCount } = textToProtocol(source);

  it('finds the 6 numbered items in order and the first number 1', () => {
    expect(firstNumber).toBe(1);
    expect(itemCount).toBe(6);
    expect(titles(doc)).toEqual([
      'Uppföljning av skolchefsuppdrag – hur går vi vidare?',
      'Utvärdering Nätverksdagen – hur blir vi bättre?',
      'Laget runt med fokus på covid-frågor',
      'Hot och våld och oroshärdar bland elever – uppföljning ev åtgärder',
      'Planering student',
      'Nästa möte beslutades till den 18/3 kl 08.30 på Rudbecksgymnasiet eller via',
    ]);
    expect(decisionCount).toBe(0);
    expect(topTypes(doc)[0]).toBe('paragraph');
    expect(textOf(doc.content?.[0] ?? {})).toBe('Dagordning:');
  });

  it('joins the double-spaced, hyphenated lines of a paragraph', () => {
    const first = paragraphs(nodesOfType(doc, 'agendaItem')[0] ?? {});
    expect(first).toHaveLength(1);
    expect(first[0]).toMatch(/^Skolchefsgruppen har fått en avrapportering från skolcheferna som träffat de olika nätverken\. /u);
    expect(first[0]).toContain('Frågan kring samverkan med vuxenutbildningen');
    expect(first[0]).toContain('lyfta denna fråga i skolchefsgruppen.');
    expect(first[0]).toMatch(/nästa nätverksmöte\.$/u);
    const fourth = paragraphs(nodesOfType(doc, 'agendaItem')[3] ?? {});
    expect(fourth[0]).toBe('Många kommuner ser nu över säkerhetsrutiner, låssystem, larmfunktioner mm');
    expect(fourth[1]).toContain('som träningslokaler för polishundarna som behöver träna på drogletning. Ytterligare ett exempel var att ha trygghetsvärdar.');
  });

  it('loses no word of the fixture and validates against the schema', () => {
    const produced = documentWords(doc);
    const expected = sourceWords(source);
    expect(missingWords(expected, produced)).toEqual({});
    expect(missingWords(produced, expected)).toEqual({});
    expectValid(doc);
  });
});

describe('textToProtocol, line by line', () => {
  const bodyOf = (text: string, index = 0): JSONContent[] => jsonAfterHeadings(nodesOfType(textToProtocol(text).doc, 'agendaItem')[index] ?? {});

  it('joins hyphenation, keeps the hyphen of a compound broken before a capital, and a free-standing dash', () => {
    expect(paragraphs({ content: bodyOf('§ 1 A\nFrågan kring sam-\nverkan lyfts.') })).toEqual(['Frågan kring samverkan lyfts.']);
    expect(paragraphs({ content: bodyOf('§ 1 A\nSamverkan Skola-\nArbetsliv pågår.') })).toEqual(['Samverkan Skola-Arbetsliv pågår.']);
    expect(paragraphs({ content: bodyOf('§ 1 A\nParagrafer 18 -\n32') })).toEqual(['Paragrafer 18 - 32']);
    // After a blank line a capital starts a new paragraph, a hyphen or not.
    expect(paragraphs({ content: bodyOf('§ 1 A\nSkola-\n\nArbetsliv') })).toEqual(['Skola-', 'Arbetsliv']);
    expect(paragraphs({ content: bodyOf('§ 1 A\nEtt avslutat stycke.\nnästa rad i gemener') })).toEqual(['Ett avslutat stycke.', 'nästa rad i gemener']);
  });

  it('takes the presenter from "(Name)" after the title or from a "Föredragande:" line', () => {
    const { doc } = textToProtocol('§ 5 Praktiknära forskning (Eva och Karina)\n\n§ 6 Budget\nFöredragande: Birgitta Forssman\nText.\n\n§ 7 Rapport (SFI)\n§ 8 Planering – höstens möten (Ann-Charlotte)');
    expect(titles(doc)).toEqual(['Praktiknära forskning', 'Budget', 'Rapport (SFI)', 'Planering – höstens möten']);
    expect(presenters(doc)).toEqual(['Eva och Karina', 'Birgitta Forssman', '', 'Ann-Charlotte']);
    expect(paragraphs(doc)).toEqual(['', 'Text.', '', '']);
  });

  it('reads the forms of a decision and ends it at a blank line followed by text that is no clause', () => {
    const text = [
      '§ 1 Dagordning',
      'Beslut: Godkänna dagordningen.',
      '',
      '§ 2 Budget',
      'Mötet beslutar',
      'att godkänna budgeten,',
      'att lägga rapporten till',
      'handlingarna.',
      '',
      'att återkomma i maj.',
      '',
      'Ordföranden tackar.',
      '',
      '§ 3 Val',
      'Nämnden beslutar att välja Anna.',
      '',
      '§ 4 Övrigt',
      'Mötet beslutar att:',
      '- uppdra åt Hillevi att skicka ut',
      '- återkomma',
    ].join('\n');
    const { doc, decisionCount } = textToProtocol(text);
    expect(decisionCount).toBe(4);
    expect(nodesOfType(doc, 'decision').map((decision) => jsonDecisionLeadIn(decision))).toEqual(['Mötet beslutar att', 'Mötet beslutar att', 'Nämnden beslutar att', 'Mötet beslutar att']);
    expect(clauses(doc)).toEqual([
      'Godkänna dagordningen.',
      'godkänna budgeten,',
      'lägga rapporten till handlingarna.',
      'återkomma i maj.',
      'välja Anna.',
      'uppdra åt Hillevi att skicka ut',
      'återkomma',
    ]);
    expect(bodyOf(text, 1).map((node) => node.type)).toEqual(['decision', 'paragraph']);
    expectValid(doc);
  });

  it('keeps a decision lead-in before the first item as text: the top level cannot hold a decision', () => {
    const { doc, decisionCount } = textToProtocol('Mötet beslutar att: godkänna.\n§ 1 A');
    expect(decisionCount).toBe(0);
    expect(topTypes(doc)).toEqual(['paragraph', 'agendaItem']);
    expect(textOf(doc.content?.[0] ?? {})).toBe('Mötet beslutar att: godkänna.');
  });

  it('uses numbered lines only as a running sequence, and not at all beside § headings', () => {
    expect(titles(textToProtocol('3. Gammal rad\n1. Öppnande\n1. Underpunkt\n2. Avslutning').doc)).toEqual(['Öppnande', 'Avslutning']);
    expect(textToProtocol('1. Köp mjölk').itemCount).toBe(0);
    const mixed = textToProtocol('§ 4 Rapport\n1. Första\n2. Andra\n§ 5 Nästa möte').doc;
    expect(titles(mixed)).toEqual(['Rapport', 'Nästa möte']);
    expect(paragraphs(mixed)).toEqual(['1. Första', '2. Andra', '']);
    expect(titles(textToProtocol('§18. Mötets öppnande\n§ 19 – Val av justerare\n§ 20\tFörra mötets protokoll\n§ 21\tRapporter').doc)).toEqual([
      'Mötets öppnande',
      'Val av justerare',
      'Förra mötets protokoll',
      'Rapporter',
    ]);
  });

  it('makes tables only of at least two tab-separated lines with the same number of cells', () => {
    const table = nodesOfType(textToProtocol('Kommun\tSvar\nSkara\tJa\nHjo\tNej').doc, 'table');
    expect(table).toHaveLength(1);
    expect(nodesOfType(textToProtocol('Sekreterare\tHillevi Larsson').doc, 'table')).toHaveLength(0);
    expect(paragraphs(textToProtocol('Sekreterare\tHillevi Larsson').doc)).toEqual(['Sekreterare Hillevi Larsson']);
    expect(nodesOfType(textToProtocol('a\tb\nc\td\te').doc, 'table')).toHaveLength(0);
  });

  it('reads bullets, strips stray HTML tags and leaves other angle brackets alone', () => {
    const { doc } = textToProtocol('• ett\n• två\nfortsätter\n* tre\n\n<p>Hej</p> <p>då &amp; tack</p>\nTill <Anna> & a < b');
    expect(nodesOfType(doc, 'listItem').map(textOf)).toEqual(['ett', 'två fortsätter', 'tre']);
    expect(topTypes(doc)).toEqual(['bulletList', 'paragraph', 'paragraph', 'paragraph']);
    expect(paragraphs(doc).slice(3)).toEqual(['Hej', 'då & tack', 'Till <Anna> & a < b']);
  });

  it('reads text copied from Word, whose numbers and bullets are followed by a tab', () => {
    const { doc } = textToProtocol('1.\tMötets öppnande\n•\tOrdföranden hälsar välkommen\n•\tUpprop\n2.\tVal av justerare');
    expect(titles(doc)).toEqual(['Mötets öppnande', 'Val av justerare']);
    expect(nodesOfType(doc, 'listItem').map(textOf)).toEqual(['Ordföranden hälsar välkommen', 'Upprop']);
    expect(nodesOfType(doc, 'table')).toHaveLength(0);
  });

  it('returns a valid empty document for empty text, and handles Windows line ends', () => {
    const empty = textToProtocol('');
    expect(empty).toMatchObject({ itemCount: 0, decisionCount: 0, firstNumber: null });
    expectValid(empty.doc);
    expect(titles(textToProtocol('§ 1 A\r\nText\r\n§ 2 B\r\n').doc)).toEqual(['A', 'B']);
  });
});
