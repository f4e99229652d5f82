import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReviewStatus } from '../shared/adjustment/types';
import type { CreateMeetingResponse } from '../shared/api/types';
import { PROTOCOL_FIXTURE_TITLES } from '../shared/editor/paste/testing/fixtureTitles';
import { readFixture } from '../shared/editor/paste/testing/readFixture';
import type { Role } from '../shared/roles';
import { createMeeting } from './support/createMeeting';
import { launchBrowser } from './support/launchBrowser';
import { EDITOR, openInvite, waitUntilEditable, type OpenedMeeting } from './support/meetingPage';
import { pasteIntoEditor } from './support/pasteIntoEditor';
import { addAttendee, waitForAgenda } from './support/protocolPage';
import { startServer, type RunningServer } from './support/startServer';

/** Clicks one entry of the export menu and saves what the browser downloads. */
async function download(page: Page, entry: string, folder: string): Promise<{ name: string; file: string }> {
  await page.getByTestId('export-button').click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(`export-${entry}`).click()]);
  const target = path.join(folder, file.suggestedFilename());
  await file.saveAs(target);
  return { name: file.suggestedFilename(), file: target };
}

const pdfText = (file: string) => execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });

describe('the fixture protocol exported from the browser', () => {
  let server: RunningServer;
  let browser: Browser;
  let meeting: CreateMeetingResponse;
  let secretary: OpenedMeeting;
  let folder: string;

  const api = (role: Role, method: string, route: string, body?: unknown) => apiWith(meeting.invites[role].token, method, route, body);
  const apiWith = async (token: string, method: string, route: string, body?: unknown) => {
    const response = await fetch(`${server.url}/api/meetings/${meeting.id}${route}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: response.status, json: (await response.json()) as unknown };
  };

  beforeAll(async () => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'protokoll-downloads-'));
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    meeting = await createMeeting(server.url, { title: 'Skol- och utbildningschefer', kind: 'protocol', body: 'Skol- och utbildningschefer', startsAt: '2022-02-11', template: 'empty' });
    secretary = await openInvite(browser, meeting.invites.secretary.url, 'Hillevi Larsson');
    await waitUntilEditable(secretary.page);
    await secretary.page.evaluate(pasteIntoEditor, [EDITOR, readFixture('protokoll-skolchefer-18-32.txt')] as [string, string]);
    await waitForAgenda(secretary.page, PROTOCOL_FIXTURE_TITLES.map((title, index) => `§ ${18 + index} ${title}`));
    await addAttendee(secretary.page, 'Katarina Lindberg, Skövde', 'ordforande');
    await addAttendee(secretary.page, 'Zophia Zander Norell, Tibro', 'justerare');
    await secretary.page.getByTestId('next-date').fill('2022-03-10');
    await secretary.page.getByTestId('next-place').fill('Hotell Falköping');
    await secretary.page.getByTestId('next-place').press('Enter');
  });

  afterAll(async () => {
    await secretary?.context.close();
    await browser?.close();
    await server?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('downloads the draft in every format from the Exportera menu, named by the server', async () => {
    const page = secretary.page;
    const pdf = await download(page, 'pdf', folder);
    expect(pdf.name).toBe('Protokoll Skol- och utbildningschefer 2022-02-11.pdf');
    const text = pdfText(pdf.file);
    let from = 0;
    for (const [index, title] of PROTOCOL_FIXTURE_TITLES.entries()) {
      // In order: each § and its title after the one before.
      const at = text.indexOf(`§ ${18 + index}`, from);
      // Should this fail, the server's warnings say whether the paste was refused or still being checked.
      expect(at, `§ ${18 + index} (server log: ${server.recentLog()})`).toBeGreaterThanOrEqual(from);
      expect(text.indexOf(title, at), title).toBeGreaterThan(at);
      from = at + 1;
    }
    expect(text).toContain('UTKAST');
    expect(text).toContain('Zophia Zander Norell, Tibro');

    const docx = await download(page, 'docx', folder);
    expect(docx.name).toMatch(/\.docx$/);
    expect(readFileSync(docx.file).subarray(0, 2).toString()).toBe('PK');
    const markdown = readFileSync((await download(page, 'md', folder)).file, 'utf8');
    expect(markdown).toContain(`§ 18 ${PROTOCOL_FIXTURE_TITLES[0]}`);
    const html = readFileSync((await download(page, 'html', folder)).file, 'utf8');
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).not.toMatch(/<script/i);
    const csv = readFileSync((await download(page, 'csv', folder)).file, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const ics = readFileSync((await download(page, 'ics', folder)).file, 'utf8');
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain('Hotell Falköping');
    await page.getByTestId('export-button').click();
    await expect(page.getByTestId('export-notice').count()).resolves.toBe(0);
  });

  it('previews the PDF in a dialog', async () => {
    const page = secretary.page;
    await page.getByTestId('export-preview-open').click();
    const frame = page.getByTestId('export-preview-frame');
    await frame.waitFor();
    // Headless Chromium has no PDF viewer, so ask for what the frame shows as the page itself would.
    const source = await frame.getAttribute('src');
    expect(source).toBe(`/api/meetings/${meeting.id}/export.pdf?inline=1`);
    const answer = await page.evaluate(async (url) => {
      const response = await fetch(url, { credentials: 'same-origin' });
      const bytes = new Uint8Array(await response.arrayBuffer());
      return { status: response.status, type: response.headers.get('content-type'), disposition: response.headers.get('content-disposition'), magic: String.fromCharCode(...bytes.subarray(0, 5)) };
    }, source ?? '');
    expect(answer).toMatchObject({ status: 200, type: 'application/pdf', magic: '%PDF-' });
    expect(answer.disposition).toMatch(/^inline;/);
    await page.getByTestId('export-preview-close').click();
    await frame.waitFor({ state: 'detached' });
  });

  it('offers the notice of adjustment and a signed PDF once the protocol is adjusted', async () => {
    expect((await api('secretary', 'POST', '/review', { author: 'Hillevi Larsson' })).status).toBe(200);
    const status = (await api('viewer', 'GET', '/review')).json as ReviewStatus;
    // Each approver in person: the secretary issues their personal invitations.
    for (const approver of status.required) {
      const invited = await api('secretary', 'POST', `/attendees/${approver.attendeeId ?? ''}/invite`);
      expect(invited.status).toBe(200);
      const approved = await apiWith((invited.json as { token: string }).token, 'POST', '/approve', { stateVector: 'AA==' });
      expect(approved.status).toBe(200);
    }
    const page = secretary.page;
    await page.getByTestId('adjusted-banner').waitFor();
    const notice = await download(page, 'notice', folder);
    expect(notice.name).toMatch(/^Anslagsbevis .*\.pdf$/);
    expect(pdfText(notice.file)).toMatch(/ANSLAGSBEVIS|Anslagsbevis/);
    const signed = pdfText((await download(page, 'pdf', folder)).file);
    expect(signed).not.toContain('UTKAST');
    expect(signed).toContain('Justerat digitalt');
    expect(signed).toContain('Zophia Zander Norell');
  });
});
