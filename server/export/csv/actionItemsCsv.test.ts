import { describe, expect, it } from 'vitest';
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
