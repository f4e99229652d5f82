// @vitest-environment happy-dom
import { getSchema, type JSONContent } from '@tiptap/core';
import { Node } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';
import { protocolExtensions } from '../extensions';
import { htmlToProtocol } from './htmlToProtocol';
import { nodesOfType, textOf } from './testing/nodesOfType';
import { WORD_PROTOCOL_HTML } from './testing/wordHtml';
import { jsonAfterHeadings, jsonAgendaPresenter, jsonAgendaTitle } from '../nodes/headingJson';

const schema = getSchema(protocolExtensions());
const titles = (doc: JSONContent): string[] => nodesOfType(doc, 'agendaItem').map((item) => jsonAgendaTitle(item));
const bodyTypes = (doc: JSONContent, index: number): string[] => jsonAfterHeadings(nodesOfType(doc, 'agendaItem')[index] ?? {}).map((node) => node.type ?? '');
const marksOf = (doc: JSONContent, text: string): unknown[] => nodesOfType(doc, 'text').find((node) => node.text === text)?.marks ?? [];

describe('htmlToProtocol on Word HTML', () => {
  const { doc, firstNumber, itemCount, decisionCount } = htmlToProtocol(WORD_PROTOCOL_HTML);

  it('starts items at the § headings, with presenter, and reports the first number', () => {
    expect(itemCount).toBe(3);
    expect(firstNumber).toBe(18);
    expect(titles(doc)).toEqual(['Mötets öppnande', 'Val av justerare', 'Samverkan Skola-Arbetsliv']);
    expect(jsonAgendaPresenter(nodesOfType(doc, 'agendaItem')[1] ?? {})).toBe('Katarina');
  });

  it('keeps the header as top-level paragraphs, without Word junk or styles', () => {
    expect((doc.content ?? []).slice(0, 2).map(textOf)).toEqual(['SKOL- OCH UTBILDNINGSCHEFER', 'Tid och plats Fredag den 11 februari, digitalt via Teams.']);
    expect(marksOf(doc, 'SKOL- OCH UTBILDNINGSCHEFER')).toEqual([{ type: 'bold' }]);
    const json = JSON.stringify(doc);
    for (const junk of ['mso-', 'MsoNormal', 'Calibri', 'WordDocument', 'StartFragment', 'elak', 'document.title']) expect(json).not.toContain(junk);
  });

  it('reads the decision, its att-clause, and ends it at the next ordinary paragraph', () => {
    expect(decisionCount).toBe(1);
    expect(nodesOfType(doc, 'decisionClause').map(textOf)).toEqual(['Välja Zophia Zander Norell att justera protokollet.', 'lägga rapporten till handlingarna.']);
    expect(bodyTypes(doc, 1)).toEqual(['decision', 'paragraph', 'bulletList']);
  });

  it('links only http, https and mailto; other links become plain text', () => {
    const paragraph = jsonAfterHeadings(nodesOfType(doc, 'agendaItem')[1] ?? {})[1] ?? {};
    expect(textOf(paragraph)).toBe('Se protokollet och den här länken eller skriv.');
    expect(marksOf(doc, 'protokollet')).toEqual([{ type: 'link', attrs: { href: 'https://example.se/protokoll' } }]);
    expect(marksOf(doc, 'skriv')).toEqual([{ type: 'link', attrs: { href: 'mailto:hillevi@example.se' } }]);
    expect(marksOf(doc, ' och den här länken eller ')).toEqual([]);
    expect(JSON.stringify(doc)).not.toContain('javascript');
  });

  it('turns Word list paragraphs into a bullet list without their bullet glyphs', () => {
    const [list] = nodesOfType(doc, 'bulletList');
    expect(nodesOfType(list ?? {}, 'listItem').map(textOf)).toEqual(['Första punkten', 'Andra punkten']);
    expect(marksOf(doc, 'Andra')).toEqual([{ type: 'italic' }]);
  });

  it('reads the table with its rows', () => {
    const [table] = nodesOfType(doc, 'table');
    expect((table?.content ?? []).map((row) => (row.content ?? []).map(textOf))).toEqual([
      ['Kommun', 'Har SSA plan'],
      ['Skövde', 'Ja'],
      ['Hjo', 'Nej'],
    ]);
    expect(bodyTypes(doc, 2)).toEqual(['table']);
  });

  it('validates against the schema', () => {
    expect(() => Node.fromJSON(schema, doc).check()).not.toThrow();
  });
});

describe('htmlToProtocol on other HTML', () => {
  it('reads Google Docs HTML: its normal-weight outer <b> is no bold, a 700-weight span is', () => {
    const html =
      '<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1"><h3 dir="ltr"><span style="font-weight:700">1. Uppföljning av skolchefsuppdrag – hur går vi vidare?</span></h3>' +
      '<p dir="ltr"><span style="font-weight:400">Text om </span><span style="font-weight:700">uppdraget</span></p>' +
      '<h3 dir="ltr"><span>2. Planering student</span></h3><ul><li dir="ltr"><p dir="ltr"><span>en punkt</span></p></li></ul></b>';
    const { doc, firstNumber } = htmlToProtocol(html);
    expect(firstNumber).toBe(1);
    expect(titles(doc)).toEqual(['Uppföljning av skolchefsuppdrag – hur går vi vidare?', 'Planering student']);
    expect(marksOf(doc, 'Text om ')).toEqual([]);
    expect(marksOf(doc, 'uppdraget')).toEqual([{ type: 'bold' }]);
    expect(bodyTypes(doc, 1)).toEqual(['bulletList']);
    expect(() => Node.fromJSON(schema, doc).check()).not.toThrow();
  });

  it('recognises a Word numbered agenda, whose numbers are list markers', () => {
    const item = (n: number, title: string): string =>
      `<p class=MsoListParagraph style='mso-list:l1 level1 lfo2'><![if !supportLists]><span style='mso-list:Ignore'>${n}.<span>&nbsp;&nbsp;</span></span><![endif]>${title}</p>`;
    const { doc, firstNumber } = htmlToProtocol(`<p>Dagordning</p>${item(1, 'Mötets öppnande')}${item(2, 'Val av justerare')}`);
    expect(titles(doc)).toEqual(['Mötets öppnande', 'Val av justerare']);
    expect(firstNumber).toBe(1);
    const heading = (n: string, title: string): string => `<h1 style='mso-list:l2 level1 lfo3'><span style='mso-list:Ignore'>${n}<span>&nbsp; </span></span>${title}</h1>`;
    const numberedHeadings = htmlToProtocol(`${heading('§ 18', 'Mötets öppnande')}<p>Text</p>${heading('§ 19', 'Val av justerare')}`);
    expect(titles(numberedHeadings.doc)).toEqual(['Mötets öppnande', 'Val av justerare']);
    expect(numberedHeadings.firstNumber).toBe(18);
    expect(titles(htmlToProtocol(`${heading('3', 'Rapporter')}${heading('4', 'Övrigt')}`).doc)).toEqual(['Rapporter', 'Övrigt']);
  });

  it('takes a list after a decision lead-in as its clauses, and keeps <br> lines as lines', () => {
    const { doc } = htmlToProtocol('<h2>§ 4 Budget</h2><p>Mötet beslutar</p><ol><li>att godkänna budgeten</li><li>att återkomma i maj</li></ol><p>Rad ett<br>Rad två</p>');
    expect(nodesOfType(doc, 'decisionClause').map(textOf)).toEqual(['godkänna budgeten', 'återkomma i maj']);
    expect(nodesOfType(doc, 'paragraph').map(textOf)).toEqual(['Rad ett', 'Rad två']);
  });

  it('keeps text it does not recognise as paragraphs, and ordered lists as lists', () => {
    const { doc, itemCount } = htmlToProtocol('<div>Lös text <span>i en div</span></div><ol start="3"><li>tre</li><li>fyra<ul><li>under</li></ul></li></ol><blockquote><p>Citat</p></blockquote>');
    expect(itemCount).toBe(0);
    expect((doc.content ?? []).map((node) => node.type)).toEqual(['paragraph', 'orderedList', 'paragraph']);
    expect(doc.content?.[1]?.attrs).toEqual({ start: 3 });
    expect(nodesOfType(doc, 'listItem').map(textOf)).toEqual(['tre', 'fyra\nunder', 'under']);
    expect(() => Node.fromJSON(schema, doc).check()).not.toThrow();
  });
});
