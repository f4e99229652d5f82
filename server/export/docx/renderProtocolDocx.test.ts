import { describe, expect, it } from 'vitest';
import { fixtureAdjustedInput, fixtureDraftInput, HOSTILE, hostileInput } from '../testing/exportFixtures';
import { inOrder } from '../testing/pdfText';
import { readZipEntry, wordText } from '../testing/readZipEntry';
import { renderProtocolDocx } from './renderProtocolDocx';

describe('renderProtocolDocx on the fixture protocol', async () => {
  const input = fixtureDraftInput();
  const zip = await renderProtocolDocx(input);
  const xml = readZipEntry(zip, 'word/document.xml') ?? '';
  const text = wordText(xml);

  it('has every § number and title in order as Heading 1, every decision and action item', () => {
    expect(inOrder(text, input.protocol.items.flatMap((item) => [`§ ${item.number}`, item.title]))).toEqual([]);
    expect(xml.match(/<w:pStyle w:val="Heading1"\/>/gu)?.length).toBeGreaterThanOrEqual(15);
    expect(inOrder(text, input.protocol.items.flatMap((item) => item.decisions.flatMap((d) => d.clauses)))).toEqual([]);
    expect(xml).toContain('<w:pStyle w:val="Decision"/>');
    expect(xml).toContain('<w:pStyle w:val="ActionItem"/>');
    expect(inOrder(text, ['André tar fram underlag.', 'Ansvarig: André Essebro'])).toEqual([]);
  });

  it('has the header as a table with every attendee and organisation, the § 26 table as a Word table', () => {
    for (const a of input.protocol.attendees) expect(text).toContain(a.organization ? `${a.name}, ${a.organization}` : a.name);
    expect(inOrder(text, ['Tid och plats', 'Beslutande', 'Ej närvarande', 'Övriga deltagande', 'Utses att justera', 'Sekreterare', 'Paragrafer', '18–32'])).toEqual([]);
    expect(xml.match(/<w:tbl>/gu)?.length).toBeGreaterThanOrEqual(3);
    expect(xml).toContain('<w:tblHeader/>');
  });

  it('has the signature block, page numbers in the footer and real heading styles', () => {
    expect(inOrder(text, ['Nästa möte', '10 mars 2022, Hotell Falköping', 'Sekreterare', 'Hillevi Larsson', 'Ordförande', 'Katarina Lindberg', 'Justerande', 'Zophia Zander Norell'])).toEqual([]);
    const footers = ['word/footer1.xml', 'word/footer2.xml', 'word/footer3.xml'].map((f) => readZipEntry(zip, f) ?? '').join('');
    expect(footers).toContain('PAGE');
    expect(footers).toContain('NUMPAGES');
    expect(readZipEntry(zip, 'word/styles.xml')).toContain('w:styleId="Heading1"');
  });
});

describe('renderProtocolDocx on an adjusted and a hostile protocol', () => {
  it('states the adjustment and the checksum', async () => {
    const text = wordText(readZipEntry(await renderProtocolDocx(fixtureAdjustedInput()), 'word/document.xml') ?? '');
    expect(text).toContain('Justerat digitalt 14 februari 2022 kl. 10.15 av Katarina Lindberg, Skövde (inloggad med organisationskonto katarina@skovde.se)');
    expect(text).toContain(fixtureAdjustedInput().adjustment?.sha256);
    expect(text).toContain('Bilaga: Rättelser efter justering');
    expect(text).not.toContain('UTKAST');
  });

  it('keeps Swedish letters and escapes markup; no javascript: link', async () => {
    const zip = await renderProtocolDocx(hostileInput());
    const xml = readZipEntry(zip, 'word/document.xml') ?? '';
    expect(wordText(xml)).toContain('ÅÄÖ åäö é');
    expect(wordText(xml)).toContain(HOSTILE.script);
    expect(xml).not.toContain('<script');
    expect(xml).not.toContain('<img');
    expect(readZipEntry(zip, 'word/_rels/document.xml.rels') ?? '').not.toMatch(/javascript:/iu);
  });
});
