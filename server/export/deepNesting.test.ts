import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BODY_FRAGMENT } from '../../shared/protocol/docNames';
import { extractProtocol, type MeetingRecord } from '../../shared/protocol/extractProtocol';
import { MAX_NESTING_DEPTH } from '../../shared/protocol/maxNestingDepth';
import { appendElement, deeplyNestedDoc, deepWords } from '../../shared/protocol/testing/deeplyNestedDoc';
import { actionItemsCsv } from './csv/actionItemsCsv';
import { ExportRenderer } from './exportRenderer';
import type { ExportDocument, ExportInput } from './exportInput';
import { exportInputOf } from './exportInputOf';
import { renderProtocolMarkdown } from './markdown/renderProtocolMarkdown';
import { UNSTRUCTURED_LABEL } from './problemNotice';
import { exportTexts, type TextFormat } from './testing/exportTexts';
import { inOrder } from './testing/pdfText';

const FORMATS: TextFormat[] = ['pdf', 'docx', 'md', 'html'];
const DEEP = 10_000;
const LISTS = ['bulletList', 'listItem'];
const RECORD: MeetingRecord = { id: 'm', title: 'Nämnden', kind: 'protocol', body: null, startsAt: null, place: null, state: 'draft', firstParagraph: 1 };

const inputOf = (doc: Y.Doc): ExportInput => ({ protocol: extractProtocol(doc, RECORD, { blocks: true }), adjustment: null, corrections: [] });

/** A § holding lists nested in list items down to the limit, each item a line "nivå <depth of its text>". */
function listsToTheLimit(): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => {
    const item = appendElement(doc.getXmlFragment(BODY_FRAGMENT), 'agendaItem');
    appendElement(item, 'agendaTitle', 'Listor');
    appendElement(item, 'agendaPresenter');
    // § (1) › list › item › paragraph › text: the text of the n-th list is 2n + 3 deep.
    let parent: Y.XmlElement = item;
    for (let depth = 5; depth <= MAX_NESTING_DEPTH; depth += 2) {
      parent = appendElement(appendElement(parent, 'bulletList'), 'listItem');
      appendElement(parent, 'paragraph', `nivå ${depth}`);
    }
  });
  return doc;
}

const levelWords = () => Array.from({ length: (MAX_NESTING_DEPTH - 3) >> 1 }, (_, index) => `nivå ${5 + 2 * index}`);

describe(`a body nested ${DEEP} levels deep in every export`, async () => {
  const quotes = inputOf(deeplyNestedDoc(DEEP));
  const lists = inputOf(deeplyNestedDoc(DEEP, LISTS));
  const [quoteTexts, listTexts] = [await exportTexts(quotes), await exportTexts(lists)];

  it.each(FORMATS)('%s has every word, in its §, after a notice that names the deep part', (format) => {
    const notice = ['Anmärkning om innehållet', `body › 2 (agendaItem): nested ${DEEP + 3} levels deep`];
    const body = (words: string[]) => ['§ 1', 'Text före.', '§ 2', 'Början av den djupa punkten.', ...words, '§ 3', 'Text efter.'];
    expect(inOrder(quoteTexts[format], [...notice, ...body(deepWords(DEEP))])).toEqual([]);
    // Lists that deep no longer fit the schema: their words are shown as plain text, marked.
    expect(inOrder(listTexts[format], [...notice, ...body([UNSTRUCTURED_LABEL, ...deepWords(DEEP, LISTS)])])).toEqual([]);
  });

  it('lists it in problems and still gives the action-item CSV', () => {
    expect(quotes.protocol.problems).toHaveLength(1);
    expect(lists.protocol.problems[0]).toMatch(new RegExp(`deeper than the ${MAX_NESTING_DEPTH} levels a document may have`, 'u'));
    expect(actionItemsCsv(lists.protocol)).toContain('\r\n');
  });
});

describe(`lists nested down to the limit of ${MAX_NESTING_DEPTH} levels`, async () => {
  const input = inputOf(listsToTheLimit());
  const texts = await exportTexts(input);

  it.each(FORMATS)('%s shows every level, in order (the PDF stops indenting where the text would get too narrow)', (format) => {
    expect(input.protocol.problems).toEqual([]);
    expect(inOrder(texts[format], ['§ 1 Listor', ...levelWords()])).toEqual([]);
  });
});

describe('the export worker on a deeply nested document', () => {
  const renderer = new ExportRenderer();
  afterAll(() => renderer.close());
  const document: ExportDocument = { updates: [Y.encodeStateAsUpdate(deeplyNestedDoc(DEEP, LISTS))], record: RECORD, adjustment: null, corrections: [] };

  it('reads and renders every format from the stored updates', { timeout: 120_000 }, async () => {
    const results = await Promise.all((['pdf', 'docx', 'md', 'html', 'csv'] as const).map((format) => renderer.renderDocument(format, document)));
    for (const result of results) expect(result.bytes?.length).toBeGreaterThan(0);
    expect(new TextDecoder().decode(results[2]!.bytes ?? new Uint8Array())).toBe(renderProtocolMarkdown(exportInputOf(document)));
  });
});
