import { describe, expect, it } from 'vitest';
import { fixtureAdjustedInput, fixtureDraftInput, HOSTILE, hostileInput } from '../testing/exportFixtures';
import { inOrder, pdfText } from '../testing/pdfText';
import { renderProtocolPdf } from './renderProtocolPdf';

describe('renderProtocolPdf on the fixture protocol', async () => {
  const draft = await renderProtocolPdf(fixtureDraftInput());
  const text = pdfText(draft);
  const input = fixtureDraftInput();

  it('is a PDF/A-2b of PDF 1.7 with the fonts embedded and XMP metadata', () => {
    const raw = Buffer.from(draft).toString('latin1');
    expect(raw.startsWith('%PDF-1.7')).toBe(true);
    expect(raw).toContain('<pdfaid:part>2</pdfaid:part>');
    expect(raw).toContain('<pdfaid:conformance>B</pdfaid:conformance>');
    expect(raw).toContain('/FontFile2');
    expect(raw).not.toMatch(/\/BaseFont \/(Helvetica|Times)/u);
    expect(raw).toContain('/OutputIntents');
  });

  it('has the header block with every attendee and organisation', () => {
    expect(inOrder(text, ['Skol- och utbildningschefer', 'PROTOKOLL', 'Tid och plats', 'Fredag 11 februari 2022, digitalt via Teams', 'Beslutande'])).toEqual([]);
    for (const a of input.protocol.attendees) expect(text.replace(/\s+/gu, ' ')).toContain(a.organization ? `${a.name}, ${a.organization}` : a.name);
    expect(inOrder(text, ['Ej närvarande', 'Grästorps kommun', 'Övriga deltagande', 'Utses att justera', 'Zophia Zander Norell', 'Sekreterare', 'Hillevi Larsson', 'Paragrafer', '18–32'])).toEqual([]);
  });

  it('has every § number and title in order, every decision and action item', () => {
    expect(inOrder(text, input.protocol.items.flatMap((item) => [`§ ${item.number}`, item.title]))).toEqual([]);
    const decisions = input.protocol.items.flatMap((item) => item.decisions.flatMap((d) => d.clauses));
    expect(decisions.length).toBeGreaterThan(0);
    expect(inOrder(text, decisions)).toEqual([]);
    expect(inOrder(text, ['André tar fram underlag.', 'Ansvarig: André Essebro', 'Klart: Till nästa möte'])).toEqual([]);
    expect(inOrder(text, ['Kommun', 'Har SSA plan eller ej', 'Beskrivning', 'Skövde', 'Ja', 'Vara', 'Nej'])).toEqual([]);
  });

  it('ends with the next meeting and the signature block, pages numbered, marked UTKAST', () => {
    expect(inOrder(text, ['Nästa möte', '10 mars 2022, Hotell Falköping', 'Sekreterare', 'Ordförande', 'Katarina Lindberg', 'Justerande', 'Zophia Zander Norell'])).toEqual([]);
    const pages = Number(/Sida 1 av (\d+)/u.exec(text)?.[1]);
    expect(pages).toBeGreaterThan(4);
    expect(text).toContain(`Sida ${pages} av ${pages}`);
    expect(text).toContain('Skol- och utbildningschefer · 11 februari 2022 · § 18–32');
    expect(text).toContain('UTKAST');
  });
});

describe('renderProtocolPdf on an adjusted protocol', async () => {
  const first = await renderProtocolPdf(fixtureAdjustedInput());
  const text = pdfText(first);

  it('states who adjusted it and when, the SHA-256, and has no watermark', () => {
    expect(text).not.toContain('UTKAST');
    expect(text.replace(/\s+/gu, ' ')).toContain('Justerat digitalt 14 februari 2022 kl. 10.15 av Katarina Lindberg, Skövde (inloggad med organisationskonto katarina@skovde.se)');
    expect(text.replace(/\s+/gu, ' ')).toContain('Justerat digitalt 14 februari 2022 kl. 09.02 av Zophia Zander Norell, Tibro (verifierad med personlig inbjudan till zophia@tibro.se)');
    expect(text.replace(/\s+/gu, '')).toContain(fixtureAdjustedInput().adjustment?.sha256);
  });

  it('prints the corrections as an addendum after the signatures', () => {
    expect(inOrder(text, ['Justerande', 'Bilaga: Rättelser efter justering', 'Hillevi Larsson', 'Margaretasalen', 'Skäl: Fel lokal angiven vid mötet'])).toEqual([]);
  });

  it('gives the same bytes every time, dated by the adjustment', async () => {
    const second = await renderProtocolPdf(fixtureAdjustedInput());
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    expect(Buffer.from(first).toString('latin1')).toContain('(D:20220214091500Z)');
  });
});

describe('renderProtocolPdf on hostile content', async () => {
  const bytes = await renderProtocolPdf(hostileInput());
  const raw = Buffer.from(bytes).toString('latin1');
  const text = pdfText(bytes);

  it('keeps Swedish letters and shows markup as text, with no script or javascript: link', () => {
    expect(text).toContain('ÅÄÖ åäö é');
    expect(text).toContain('Åsa Öberg');
    expect(text).toContain(HOSTILE.script);
    expect(raw).not.toMatch(/\/JavaScript|\/JS\b|javascript:/iu);
    expect(raw).not.toContain('/URI (javascript');
  });
});
