import { describe, expect, it } from 'vitest';
import { htmlToProtocol } from './htmlToProtocol';
import { htmlToText } from './htmlToText';
import { nodesOfType, textOf } from './testing/nodesOfType';
import { WORD_PROTOCOL_HTML } from './testing/wordHtml';
import { jsonAgendaTitle } from '../nodes/headingJson';

// This file runs in Node, where there is no DOMParser: the server's case.
describe('htmlToProtocol without a DOMParser', () => {
  it('falls back to reading the HTML as text and still finds items, decision and table', () => {
    expect(typeof DOMParser).toBe('undefined');
    const { doc, firstNumber } = htmlToProtocol(WORD_PROTOCOL_HTML);
    expect(firstNumber).toBe(18);
    expect(nodesOfType(doc, 'agendaItem').map((item) => jsonAgendaTitle(item))).toEqual(['Mötets öppnande', 'Val av justerare', 'Samverkan Skola-Arbetsliv']);
    expect(nodesOfType(doc, 'decisionClause').map(textOf)).toEqual(['Välja Zophia Zander Norell att justera protokollet.', 'lägga rapporten till handlingarna.']);
    const [table] = nodesOfType(doc, 'table');
    expect((table?.content ?? []).map((row) => (row.content ?? []).map(textOf))).toEqual([
      ['Kommun', 'Har SSA plan'],
      ['Skövde', 'Ja'],
      ['Hjo', 'Nej'],
    ]);
    const json = JSON.stringify(doc);
    for (const junk of ['mso-', 'elak', 'Calibri', 'javascript']) expect(json).not.toContain(junk);
  });

  it('drops comments, scripts and styles and decodes entities', () => {
    expect(htmlToText('<style>p{}</style><!-- x --><p>a&nbsp;&amp;&#246;</p><script>b()</script>').trim()).toBe('a &ö');
  });
});
