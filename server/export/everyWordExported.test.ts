import { describe, expect, it } from 'vitest';
import { agendaItemJson, docJson, paragraphJson } from '../../shared/protocol/nodeJson';
import { UNSTRUCTURED_LABEL } from './problemNotice';
import { documentWords, everyNodeBody, everyNodeInput, missingWords, words } from './testing/everyNodeFixture';
import { exportTexts, type TextFormat } from './testing/exportTexts';
import { inOrder } from './testing/pdfText';

const FORMATS: TextFormat[] = ['pdf', 'docx', 'md', 'html'];

describe('every word of the document is in every export', async () => {
  const body = everyNodeBody();
  const input = everyNodeInput(body);
  const texts = await exportTexts(input);

  it.each(FORMATS)('%s has every word of a document with every node type, inside a § and outside any, as often as it was written', (format) => {
    const expected = documentWords(body);
    expect(expected.length).toBeGreaterThan(200);
    expect(missingWords(expected, words(texts[format]))).toEqual([]);
  });

  it.each(FORMATS)('%s shows the text outside any § in its place: before the first §, between the two and after the last', (format) => {
    expect(
      inOrder(texts[format], [
        'Stycke före med',
        'Anna Ansvarig före',
        '§ 1',
        'Mötets öppnande inuti',
        'Stycke inuti med',
        'Anna Ansvarig inuti',
        'Stycke mellan med',
        'Rubrik ett mellan',
        'Anna Ansvarig mellan',
        '§ 2',
        'Andra punkten',
        'Stycke efter med',
        'Anna Ansvarig efter',
        'Ordförande',
      ]),
    ).toEqual([]);
  });
});

describe('an export says so where the document does not fit the schema', async () => {
  // The schema keeps decisions and action items inside a §; everyBlock puts them outside one too.
  const outside = await exportTexts(everyNodeInput());
  const unknown = everyNodeInput(
    docJson(agendaItemJson('Första', [paragraphJson('Vanlig text.')]), { type: 'marquee', content: [{ type: 'text', text: 'Blinkande ord från en främmande klient' }] }),
  );
  const unknownTexts = await exportTexts(unknown);

  it('lists a decision and an action item outside any § in problems, and keeps them as a decision and an action item', () => {
    const { problems, loose } = everyNodeInput().protocol;
    expect(problems).toContain('body › 11 (decision): a decision belongs inside a paragraph (§); kept where it stands');
    expect(problems.filter((problem) => problem.includes('belongs inside a paragraph'))).toHaveLength(6);
    expect(loose.map((run) => [run.itemsBefore, run.decisions.map((d) => d.leadIn), run.actionItems.map((a) => a.assignee)])).toEqual([
      [0, ['Styrelsen beslutar före att'], ['Anna Ansvarig före']],
      [1, ['Styrelsen beslutar mellan att'], ['Anna Ansvarig mellan']],
      [2, ['Styrelsen beslutar efter att'], ['Anna Ansvarig efter']],
    ]);
  });

  it.each(FORMATS)('%s opens with a notice in Swedish that lists what did not fit', (format) => {
    expect(inOrder(outside[format], ['Anmärkning om innehållet', 'Delar av dokumentet passar inte protokollets struktur.', 'body › 11 (decision)', 'Stycke före med'])).toEqual([]);
  });

  it.each(FORMATS)('%s shows the text of a node it does not know, marked, where it stood', (format) => {
    expect(unknown.protocol.problems).toEqual([expect.stringMatching(/^body › 2 \(marquee\): does not fit the schema: .*; its text is kept as plain text$/u)]);
    expect(inOrder(unknownTexts[format], ['Anmärkning om innehållet', 'body › 2 (marquee)', '§ 1', 'Vanlig text.', UNSTRUCTURED_LABEL, 'Blinkande ord från en främmande klient'])).toEqual([]);
  });
});
