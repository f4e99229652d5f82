import { afterEach, describe, expect, it } from 'vitest';
import { installationTimeZone, setInstallationTimeZone } from '../time/installationTimeZone';
import type { ExportInput } from './exportInput';
import { renderExport } from './renderExport';
import { fixtureAdjustedInput } from './testing/exportFixtures';
import { pdfText } from './testing/pdfText';
import { readZipEntry, wordText } from './testing/readZipEntry';

const zoneBefore = installationTimeZone();
afterEach(() => setInstallationTimeZone(zoneBefore));

/** The adjusted fixture held at `startsAt` (as a REST client may send it), its next meeting the same day at 09:00. */
function heldAt(startsAt: string, date: string): ExportInput {
  const input = fixtureAdjustedInput();
  return { ...input, protocol: { ...input.protocol, meeting: { ...input.protocol.meeting, startsAt }, nextMeeting: { date, time: '09:00', place: 'Hotell Falköping' } } };
}

async function textOf(format: 'pdf' | 'notice' | 'docx' | 'md' | 'html' | 'ics', input: ExportInput): Promise<string> {
  const bytes = (await renderExport(format, input)) ?? new Uint8Array();
  if (format === 'pdf' || format === 'notice') return pdfText(bytes).replace(/\s+/gu, ' ');
  if (format === 'docx') return wordText(readZipEntry(bytes, 'word/document.xml') ?? '');
  return new TextDecoder().decode(bytes).replace(/\r\n /gu, '');
}

describe('a meeting at 09:00 Swedish time in every export', () => {
  it.each([
    ['winter (UTC+1)', '2022-02-11T08:00:00Z', '2022-02-11', 'fredag 11 februari 2022 kl. 09.00', '20220211T090000'],
    ['summer (UTC+2)', '2022-06-10T07:00:00Z', '2022-06-10', 'fredag 10 juni 2022 kl. 09.00', '20220610T090000'],
  ])('in %s is kl. 09.00 in the PDF, the notice, DOCX, Markdown, HTML and the ICS', async (_season, startsAt, date, when, icsStart) => {
    const input = heldAt(startsAt, date);
    const withoutWeekday = when.replace(/^fredag /u, '');
    for (const format of ['pdf', 'docx', 'md', 'html'] as const) {
      const text = await textOf(format, input);
      expect([format, text.includes(`Fredag ${withoutWeekday}`)]).toEqual([format, true]);
      expect([format, text.includes('kl. 08.00') || text.includes('kl. 07.00')]).toEqual([format, false]);
    }
    expect(await textOf('notice', input)).toContain(`Sammanträdesdatum ${withoutWeekday}`);
    const ics = await textOf('ics', input);
    expect(ics).toContain(`DTSTART;TZID=Europe/Stockholm:${icsStart}`);
    expect(ics).toContain(`enligt protokollet från ${date}.`);
  });

  it('follows the installation’s zone', async () => {
    setInstallationTimeZone('Europe/Helsinki');
    const input = heldAt('2022-02-11T08:00:00Z', '2022-02-11');
    expect(await textOf('md', input)).toContain('Fredag 11 februari 2022 kl. 10.00');
    expect(await textOf('ics', input)).toContain('DTSTART;TZID=Europe/Helsinki:20220211T090000');
  });
});
