import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreateMeetingResponse } from '../shared/api/types';
import { PROTOCOL_FIXTURE_TITLES } from '../shared/editor/paste/testing/fixtureTitles';
import { readFixture } from '../shared/editor/paste/testing/readFixture';
import { createMeeting } from './support/createMeeting';
import { launchBrowser } from './support/launchBrowser';
import { EDITOR, openInvite, waitUntilEditable, type OpenedMeeting } from './support/meetingPage';
import { fetchProtocol } from './support/fetchProtocol';
import { pasteIntoEditor } from './support/pasteIntoEditor';
import { waitForAgenda } from './support/protocolPage';
import { startServer, type RunningServer } from './support/startServer';



describe('the fixture protocol pasted in a browser', () => {
  let server: RunningServer;
  let browser: Browser;
  let meeting: CreateMeetingResponse;
  let secretary: OpenedMeeting;
  let participant: OpenedMeeting;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    meeting = await createMeeting(server.url, { title: 'Skol- och utbildningschefer', kind: 'protocol', template: 'empty' });
    secretary = await openInvite(browser, meeting.invites.secretary.url, 'Hillevi Larsson');
    participant = await openInvite(browser, meeting.invites.participant.url, 'Katarina Lindberg');
    await waitUntilEditable(secretary.page);
  });

  afterAll(async () => {
    await Promise.all([secretary?.context.close(), participant?.context.close()]);
    await browser?.close();
    await server?.stop();
  });

  it('becomes § 18–32 with decisions in both browsers and in GET /protocol', async () => {
    const text = readFixture('protokoll-skolchefer-18-32.txt');
    await secretary.page.evaluate(pasteIntoEditor, [EDITOR, text] as [string, string]);

    // The meeting still numbered from 1 takes the pasted numbering; the other browser follows live.
    const expected = PROTOCOL_FIXTURE_TITLES.map((title, index) => `§ ${18 + index} ${title}`);
    await waitForAgenda(secretary.page, expected);
    await waitForAgenda(participant.page, expected);

    const protocol = await fetchProtocol(server.url, meeting);
    expect(protocol.problems).toEqual([]);
    expect(protocol.items.map((item) => [item.number, item.title])).toEqual(PROTOCOL_FIXTURE_TITLES.map((title, index) => [18 + index, title]));
    expect(protocol.meeting.paragraphRange).toEqual({ first: 18, last: 32 });
    const paragraph20 = protocol.items.find((item) => item.number === 20);
    expect(paragraph20?.decisions.map((decision) => decision.text)).toEqual(['Lägga förra mötets protokoll till handlingarna.']);
    expect(protocol.items.find((item) => item.number === 22)?.presenter).toBe('Ove');
    expect(protocol.items.find((item) => item.number === 26)?.text).toContain('Skövde | Ja');
  });

  it('turns the network notes into items 1–6 of a notes meeting', async () => {
    const notes = await createMeeting(server.url, { title: 'Nätverksmöte', kind: 'notes', template: 'empty' });
    const writer = await openInvite(browser, notes.invites.secretary.url, 'Marie Krantz');
    try {
      await waitUntilEditable(writer.page);
      await writer.page.evaluate(pasteIntoEditor, [EDITOR, readFixture('anteckningar-natverksmote.txt')] as [string, string]);
      // The server reads the live room: poll until the pasted items have arrived there.
      await expect.poll(async () => (await fetchProtocol(server.url, notes)).items.length, { timeout: 5000 }).toBe(6);
      const body = await fetchProtocol(server.url, notes);
      expect(body.items.map((item) => item.number)).toEqual([1, 2, 3, 4, 5, 6]);
      expect(body.items.map((item) => item.title.slice(0, 20))).toEqual([
        'Uppföljning av skolc',
        'Utvärdering Nätverks',
        'Laget runt med fokus',
        'Hot och våld och oro',
        'Planering student',
        'Nästa möte beslutade',
      ]);
      expect(body.items[0]?.text).toContain('Andre återkommer med respons vid nästa nätverksmöte');
    } finally {
      await writer.context.close();
    }
  });
});
