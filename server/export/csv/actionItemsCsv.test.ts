import { describe, expect, it } from 'vitest';
import { everyNodeInput } from '../testing/everyNodeFixture';
import { fixtureDraftInput, hostileInput } from '../testing/exportFixtures';
import { actionItemsCsv } from './actionItemsCsv';
import { csvCell } from './csvCell';

describe('actionItemsCsv', () => {
  it('lists every action item with a BOM, CRLF and RFC 4180 quoting', () => {
    const csv = actionItemsCsv(fixtureDraftInput().protocol);
    expect(csv.startsWith('\uFEFFParagraf,Rubrik,Ansvarig,Uppdrag,Klart,Status\r\n')).toBe(true);
    expect(csv.split('\r\n')).toEqual([
      '\uFEFFParagraf,Rubrik,Ansvarig,Uppdrag,Klart,Status',
      '§ 28,Uppdrag för avdelningschefer/verksamhetschefer,"Mari-Louise Brage, Jonny Palmkvist",Mari-Louise och Jonny pratar sig samman och återkommer med förslag.,,öppen',
      '§ 31,Övriga frågor,André Essebro,André tar fram underlag.,Till nästa möte,öppen',
      '§ 31,Övriga frågor,Hillevi Larsson,Hillevi ska ta reda på gemensam formulering och skicka ut till alla.,,öppen',
      '',
    ]);
  });

  it('lists an action item outside any § in its place in the document, marked as outside', () => {
    const rows = actionItemsCsv(everyNodeInput().protocol).split('\r\n');
    expect(rows.slice(1, -1)).toEqual([
      ',(utanför §),Anna Ansvarig före,Skriva remissvar före,Till nästa möte,öppen',
      '§ 1,Mötets öppnande inuti,Anna Ansvarig inuti,Skriva remissvar inuti,Till nästa möte,öppen',
      ',(utanför §),Anna Ansvarig mellan,Skriva remissvar mellan,Till nästa möte,öppen',
      ',(utanför §),Anna Ansvarig efter,Skriva remissvar efter,Till nästa möte,öppen',
    ]);
  });

  it('neutralises formulas with a leading apostrophe', () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(['+1', '-1', '@SUM', '\tx', '\rx'].map(csvCell)).toEqual(["'+1", "'-1", "'@SUM", "'\tx", `"'\rx"`]);
    expect(csvCell('a "b"\nc')).toBe('"a ""b""\nc"');
    const csv = actionItemsCsv(hostileInput().protocol);
    for (const line of csv.split('\r\n').slice(1, -1)) {
      for (const cell of line.match(/("(?:[^"]|"")*"|[^,]*)(,|$)/gu) ?? []) expect(cell.replace(/^"/u, '')).not.toMatch(/^[=+\-@\t\r]/u);
    }
    expect(csv).toContain("'@=HYPERLINK");
    expect(csv).toContain("'+SUM(A1)");
    expect(csv).toContain('ÅÄÖ'.length > 0 ? 'Titel <script>' : '');
  });
});
