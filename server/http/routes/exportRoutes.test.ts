import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiErrorBody, CreateMeetingRequest, CreateMeetingResponse } from '../../../shared/api/types';
import { buildMeetingDoc } from '../../../shared/protocol/buildMeetingDoc';
import { fixtureProtocol } from '../../../shared/protocol/testing/fixtureProtocol';
import { writeMeta } from '../../../shared/protocol/yDocMeta';
import { httpJson } from '../../testing/httpJson';
import { startTestServer, type TestServer } from '../../testing/testServer';
import { writeThroughClient } from '../../testing/writeThroughClient';
import { bringTo, callAs } from '../../testing/adjustmentFlow';
import { inOrder, pdfText } from '../../export/testing/pdfText';
import { readZipEntry, wordText } from '../../export/testing/readZipEntry';
import { jsonAgendaTitle } from '../../../shared/editor/nodes/headingJson';

let t: TestServer;
beforeEach(async () => {
  t = await startTestServer();
});
afterEach(async () => {
  await t.stop();
});

const SKOLCHEFER: CreateMeetingRequest = { title: 'Skolchefer februari', kind: 'protocol', body: 'Skol- och utbildningschefer', startsAt: '2022-02-11', firstParagraph: 18 };

async function fixtureMeeting(): Promise<CreateMeetingResponse> {
  const res = await httpJson('POST', `${t.server.url}/api/meetings`, { body: SKOLCHEFER });
  const meeting = res.json as CreateMeetingResponse;
  const { writer, observer } = await writeThroughClient(t, meeting.id, meeting.invites.secretary.token, (doc) => buildMeetingDoc(fixtureProtocol(), doc));
  writer.destroy();
  observer.destroy();
  return meeting;
}

async function get(path: string, token?: string) {
  const res = await fetch(`${t.server.url}/api/meetings/${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const bytes = new Uint8Array(await res.arrayBuffer());
  return { status: res.status, headers: res.headers, bytes, text: () => new TextDecoder().decode(bytes), error: () => (JSON.parse(new TextDecoder().decode(bytes)) as ApiErrorBody).error };
}


/** These render every format, PDFs in the export worker: seconds on a 2-core CI machine that runs the fuzzer beside them. */
const EXPORTS_TIMEOUT_MS = 30_000;
describe('GET /api/meetings/:id/export.*', () => {
  it('serves every format with its type and a Content-Disposition filename built by the server', async () => {
    const meeting = await fixtureMeeting();
    const token = meeting.invites.viewer.token;
    const expected: [string, string, string][] = [
      ['export.pdf', 'application/pdf', 'Protokoll Skol- och utbildningschefer 2022-02-11.pdf'],
      ['export.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'Protokoll Skol- och utbildningschefer 2022-02-11.docx'],
      ['export.md', 'text/markdown; charset=utf-8', 'Protokoll Skol- och utbildningschefer 2022-02-11.md'],
      ['export.html', 'text/html; charset=utf-8', 'Protokoll Skol- och utbildningschefer 2022-02-11.html'],
      ['action-items.csv', 'text/csv; charset=utf-8', 'Uppdrag Skol- och utbildningschefer 2022-02-11.csv'],
      ['next-meeting.ics', 'text/calendar; charset=utf-8', 'Nästa möte Skol- och utbildningschefer 2022-02-11.ics'],
    ];
    for (const [file, type, name] of expected) {
      const res = await get(`${meeting.id}/${file}`, token);
      expect([file, res.status, res.headers.get('content-type')]).toEqual([file, 200, type]);
      expect(res.headers.get('content-disposition')).toBe(
        `attachment; filename="${name.replace('ä', 'a').replace('ö', 'o')}"; filename*=UTF-8''${encodeURIComponent(name)}`,
      );
      expect(res.bytes.byteLength).toBeGreaterThan(100);
    }
  }, EXPORTS_TIMEOUT_MS);

  it('exports what the document holds, the same way in each format', async () => {
    const meeting = await fixtureMeeting();
    const token = meeting.invites.participant.token;
    const titles = fixtureProtocol().body.content?.map((item) => jsonAgendaTitle(item)) ?? [];
    expect(inOrder(pdfText((await get(`${meeting.id}/export.pdf`, token)).bytes), titles)).toEqual([]);
    expect(inOrder(wordText(readZipEntry((await get(`${meeting.id}/export.docx`, token)).bytes, 'word/document.xml') ?? ''), titles)).toEqual([]);
    const html = await get(`${meeting.id}/export.html`, token);
    expect(html.text()).toContain('<h2><span class="number">§ 32</span> Avslutning</h2>');
    expect(html.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect((await get(`${meeting.id}/export.md`, token)).text()).toContain('## § 26 Samverkan Skola-Arbetsliv, kort varvet runt');
    expect((await get(`${meeting.id}/action-items.csv`, token)).text()).toContain('André tar fram underlag.');
    expect((await get(`${meeting.id}/next-meeting.ics`, token)).text()).toContain('DTSTART;VALUE=DATE:20220310');
  });

  it('serves the PDF inline for the preview when asked', async () => {
    const meeting = await fixtureMeeting();
    const res = await get(`${meeting.id}/export.pdf?inline=1`, meeting.invites.viewer.token);
    expect(res.headers.get('content-disposition')).toMatch(/^inline; filename="Protokoll/u);
    expect((await get(`${meeting.id}/export.md?inline=1`, meeting.invites.viewer.token)).headers.get('content-disposition')).toMatch(/^attachment;/u);
  });

  it('answers 409 for the notice of a draft and 404 with a message when no next meeting is set', async () => {
    const res = await httpJson('POST', `${t.server.url}/api/meetings`, { body: { title: 'Tom', kind: 'protocol' } });
    const meeting = res.json as CreateMeetingResponse;
    const notice = await get(`${meeting.id}/notice.pdf`, meeting.invites.secretary.token);
    expect([notice.status, notice.error().code]).toEqual([409, 'conflict']);
    expect(notice.error().message).toContain('adjusted');
    const ics = await get(`${meeting.id}/next-meeting.ics`, meeting.invites.secretary.token);
    expect([ics.status, ics.error().code]).toEqual([404, 'not_found']);
    expect(ics.error().message).toContain('No next meeting');
    // Once a date is set, the event is there.
    const { writer, observer } = await writeThroughClient(t, meeting.id, meeting.invites.secretary.token, (doc) => writeMeta(doc, { nextMeeting: { date: '2024-06-01', time: '18:00', place: 'Rådhuset' } }));
    writer.destroy();
    observer.destroy();
    expect((await get(`${meeting.id}/next-meeting.ics`, meeting.invites.secretary.token)).status).toBe(200);
  });

  it('exports a time an older client stored as a UTC instant at its Stockholm wall time, and names the file by that day', async () => {
    const meeting = await fixtureMeeting();
    const token = meeting.invites.secretary.token;
    // 23:30 UTC on 10 February is 00:30 on 11 February in Stockholm.
    const { writer, observer } = await writeThroughClient(t, meeting.id, token, (doc) =>
      writeMeta(doc, { startsAt: '2022-02-10T23:30:00.000Z', nextMeeting: { date: '2022-06-10T07:00:00Z', time: '', place: '' } }),
    );
    writer.destroy();
    observer.destroy();
    const md = await get(`${meeting.id}/export.md`, token);
    expect(md.text()).toContain('Fredag 11 februari 2022 kl. 00.30');
    expect(md.text()).toContain('10 juni 2022 kl. 09.00');
    expect(md.headers.get('content-disposition')).toContain(encodeURIComponent('Protokoll Skol- och utbildningschefer 2022-02-11.md'));
    expect((await get(`${meeting.id}/next-meeting.ics`, token)).text()).toContain('DTSTART;TZID=Europe/Stockholm:20220610T090000');
  });

  it('answers 404, 401 and 403 as the other meeting routes do, with JSON errors', async () => {
    const a = await fixtureMeeting();
    const res = await httpJson('POST', `${t.server.url}/api/meetings`, { body: { title: 'B', kind: 'notes' } });
    const b = res.json as CreateMeetingResponse;
    const status = async (path: string, token?: string) => {
      const r = await get(path, token);
      return [r.status, r.headers.get('content-type'), r.error().code];
    };
    expect(await status('nope/export.pdf', a.invites.viewer.token)).toEqual([404, 'application/json', 'not_found']);
    expect(await status(`${a.id}/export.pdf`)).toEqual([401, 'application/json', 'unauthorized']);
    expect(await status(`${a.id}/export.docx`, 'forged')).toEqual([401, 'application/json', 'unauthorized']);
    expect(await status(`${a.id}/export.md`, b.invites.secretary.token)).toEqual([403, 'application/json', 'forbidden']);
    expect(await status(`${a.id}/export.exe`, a.invites.viewer.token)).toEqual([404, 'application/json', 'not_found']);
  });

  it('accepts the session cookie of the browser', async () => {
    const res = await httpJson('POST', `${t.server.url}/api/meetings`, { body: SKOLCHEFER });
    const cookie = res.headers['set-cookie']?.[0]?.split(';')[0] ?? '';
    const pdf = await fetch(`${t.server.url}/api/meetings/${(res.json as CreateMeetingResponse).id}/export.pdf`, { headers: { cookie } });
    expect(pdf.status).toBe(200);
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 8).toString('latin1')).toBe('%PDF-1.7');
  });

  it('exports an adjusted protocol with its adjustment, corrections, a notice, and the same PDF bytes every time', async () => {
    const meeting = await fixtureMeeting();
    await bringTo(t, meeting, 'adjusted');
    const corrected = await callAs(t, meeting, 'secretary', 'POST', '/corrections', { author: 'Hillevi Larsson', what: '§ 30: Margaretasalen', why: 'Fel lokal' });
    expect(corrected.status).toBeLessThan(300);
    const token = meeting.invites.viewer.token;
    const first = await get(`${meeting.id}/export.pdf`, token);
    const second = await get(`${meeting.id}/export.pdf`, token);
    expect(Buffer.from(first.bytes).equals(Buffer.from(second.bytes))).toBe(true);
    const text = pdfText(first.bytes).replace(/\s+/gu, ' ');
    expect(text).not.toContain('UTKAST');
    // Who adjusted, and how the server knew it was them.
    expect(text).toMatch(/Justerat digitalt \d+ \w+ \d{4} kl\. \d{2}\.\d{2} av Katarina Lindberg, Skövde \(verifierad med personlig inbjudan till katarina@skovde\.se\)/u);
    expect(inOrder(text, ['Bilaga: Rättelser efter justering', '§ 30: Margaretasalen', 'Skäl: Fel lokal'])).toEqual([]);
    const notice = await get(`${meeting.id}/notice.pdf`, token);
    expect([notice.status, notice.headers.get('content-type')]).toEqual([200, 'application/pdf']);
    expect(notice.headers.get('content-disposition')).toContain('filename="Anslagsbevis Skol- och utbildningschefer 2022-02-11.pdf"');
    expect(pdfText(notice.bytes)).toContain('Datum då anslaget tas ned');
  }, EXPORTS_TIMEOUT_MS);
});
