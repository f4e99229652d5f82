import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { VerifyMeetingResponse } from '../shared/adjustment/types';
import type { CreateMeetingResponse } from '../shared/api/types';
import { BrowserSessions } from './support/browserSessions';
import { createMeeting, TEAMS_PROTOCOL } from './support/createMeeting';
import { EDITOR, editorText, waitForText, waitUntilEditable, type OpenedMeeting } from './support/meetingPage';
import { fetchProtocol } from './support/fetchProtocol';
import { addAttendee, caretInBody, openPanelTab, personalLinkOf } from './support/protocolPage';
import { selectWord } from './support/selectWord';
import { startServer, type RunningServer } from './support/startServer';

/** Every open browser must follow a workflow step (the lock included) within this. */
const FOLLOW_MS = 1000;
const CHAIR = 'Katarina Lindberg';
const ADJUSTER = 'Zophia Zander Norell';

const reviewState = (page: Page, state: string, timeout?: number) =>
  page.locator(`[data-testid="review-state"][data-state="${state}"]`).waitFor(timeout === undefined ? {} : { timeout });



describe('adjustment in three browsers: review, a remark acted on, approvals, the lock', () => {
  let server: RunningServer;
  let sessions: BrowserSessions;
  let meeting: CreateMeetingResponse;
  let secretary: OpenedMeeting;
  let adjuster: OpenedMeeting;
  let chair: OpenedMeeting;

  beforeAll(async () => {
    [server, sessions] = await Promise.all([startServer(), BrowserSessions.launch()]);
    meeting = await createMeeting(server.url, { ...TEAMS_PROTOCOL, firstParagraph: 18 });
    secretary = await sessions.open(meeting.invites.secretary.url, 'Hillevi Larsson');
    await waitUntilEditable(secretary.page);
    const page = secretary.page;
    await page.locator(EDITOR).click();
    await page.getByTestId('insert-agendaItem').click();
    await page.keyboard.type('Mötets öppnande');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Ordföranden öppnar mötet i Lidkoping.');
    await addAttendee(page, `${CHAIR}, Skövde`, 'ordforande');
    await addAttendee(page, `${ADJUSTER}, Tibro`, 'justerare');
    // Approvers come in person: each through the personal link the secretary made for them.
    adjuster = await sessions.openPersonal(await personalLinkOf(page, ADJUSTER, 'zophia@tibro.se'));
    chair = await sessions.openPersonal(await personalLinkOf(page, CHAIR, 'katarina@skovde.se'));
    await waitForText(adjuster.page, 'Lidkoping', 5000);
  });

  afterAll(async () => {
    await sessions?.close();
    await server?.stop();
  });

  it('sends the protocol for adjustment: everyone sees it, only the secretary can still edit', async () => {
    await secretary.page.getByTestId('send-for-review').click();
    await expect(secretary.page.getByTestId('send-for-review-dialog').innerText()).resolves.toContain(ADJUSTER);
    await secretary.page.getByTestId('confirm-send-for-review').click();
    await Promise.all([secretary, adjuster, chair].map(({ page }) => reviewState(page, 'review', FOLLOW_MS)));
    await expect(secretary.page.getByTestId('editor').getAttribute('data-editable')).resolves.toBe('true');
    for (const { page } of [adjuster, chair]) {
      await page.locator('[data-testid="editor"][data-editable="false"]').waitFor();
      await expect(page.locator(EDITOR).getAttribute('contenteditable')).resolves.toBe('false');
    }
  });

  it('lets the adjuster remark on a word; the secretary sees the remark, fixes the text and resolves it', async () => {
    await selectWord(adjuster.page, 'Lidkoping');
    await adjuster.page.getByTestId('remark-add').click();
    await adjuster.page.getByTestId('remark-text').fill('Stavning: Lidköping med ö.');
    await adjuster.page.getByTestId('remark-submit').click();

    await openPanelTab(secretary.page, 'remarks');
    const card = secretary.page.getByTestId('remark-card').filter({ hasText: 'Stavning: Lidköping med ö.' });
    await card.waitFor({ timeout: FOLLOW_MS });
    await expect(card.innerText()).resolves.toContain('Lidkoping');
    await secretary.page.locator('[data-testid="remark-highlight"]', { hasText: 'Lidkoping' }).waitFor();

    await caretInBody(secretary.page, 'Mötets öppnande');
    await selectWord(secretary.page, 'Lidkoping');
    await secretary.page.keyboard.type('Lidköping');
    await waitForText(adjuster.page, 'Ordföranden öppnar mötet i Lidköping.', FOLLOW_MS);

    await card.getByTestId('remark-resolve').click();
    await openPanelTab(adjuster.page, 'remarks');
    await adjuster.page.locator('[data-testid="remark-card"][data-resolved="true"]').waitFor({ timeout: FOLLOW_MS });
  });

  it('offers a browser on the adjuster\'s shared role link no approval, and says how to approve', async () => {
    const shared = await sessions.open(meeting.invites.adjuster.url, 'Någon i chatten');
    await reviewState(shared.page, 'review');
    await expect(shared.page.getByTestId('approval-needs-person').innerText()).resolves.toMatch(/personliga inbjudan/);
    await expect(shared.page.getByTestId('approve').count()).resolves.toBe(0);
    await shared.context.close();
  });

  it('locks when the adjuster and the chair have approved: all three read-only with the banner within a second', async () => {
    await expect(adjuster.page.getByTestId('approving-as').innerText()).resolves.toContain(ADJUSTER);
    await adjuster.page.getByTestId('approve').click();
    await chair.page.locator('[data-testid="required-approver"][data-status="approved"]').waitFor({ timeout: FOLLOW_MS });
    await chair.page.getByTestId('approve').click();
    await Promise.all([secretary, adjuster, chair].map(({ page }) => page.getByTestId('adjusted-banner').waitFor({ timeout: FOLLOW_MS })));
    for (const { page } of [secretary, adjuster, chair]) {
      const headline = await page.getByTestId('adjusted-headline').innerText();
      expect(headline).toMatch(/^Justerat .+ av /);
      expect(headline).toContain(ADJUSTER);
      expect(headline).toContain(CHAIR);
      // Both approvals were made in person, and the banner says how the server knew.
      await expect(page.getByTestId('adjusted-verification').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-method')))).resolves.toEqual(['personal-link', 'personal-link']);
      await page.locator('[data-testid="editor"][data-editable="false"]').waitFor({ timeout: FOLLOW_MS });
      await expect(page.locator(EDITOR).getAttribute('contenteditable')).resolves.toBe('false');
    }
    const protocol = await fetchProtocol(server.url, meeting);
    expect(protocol.meeting.state).toBe('adjusted');
    expect(protocol.items[0]?.text).toContain('Lidköping');

    const verify = (await (await fetch(`${server.url}/api/meetings/${meeting.id}/verify`, { headers: { authorization: `Bearer ${meeting.invites.viewer.token}` } })).json()) as VerifyMeetingResponse;
    await expect(secretary.page.getByTestId('adjusted-sha256').getAttribute('data-sha256')).resolves.toBe(verify.adjustment?.sha256);
  });

  it('opens read-only in a fourth browser afterwards: typing changes nothing', async () => {
    const before = await fetchProtocol(server.url, meeting);
    const late = await sessions.open(meeting.invites.participant.url, 'Ove Brodin');
    await late.page.getByTestId('adjusted-banner').waitFor();
    await late.page.locator('[data-testid="editor"][data-editable="false"]').waitFor();
    const shown = await editorText(late.page);
    await late.page.locator(EDITOR).click();
    await late.page.keyboard.type('Efter justeringen');
    expect(await editorText(late.page)).toBe(shown);
    expect(await fetchProtocol(server.url, meeting)).toEqual(before);
  });
});
