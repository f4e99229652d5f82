import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMeeting, TEAMS_PROTOCOL } from './support/createMeeting';
import { launchBrowser } from './support/launchBrowser';
import { openPersonalInvite } from './support/meetingPage';
import { startServer, type RunningServer } from './support/startServer';

describe('a personal invitation the secretary withdraws', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('closes the meeting in the browser that holds it within a second, and says why, also after a reload', async () => {
    const meeting = await createMeeting(server.url, TEAMS_PROTOCOL);
    const asSecretary = (method: string, route: string, body?: unknown) =>
      fetch(`${server.url}/api/meetings/${meeting.id}${route}`, {
        method,
        headers: { authorization: `Bearer ${meeting.invites.secretary.token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    const added = (await (await asSecretary('POST', '/attendees', { name: 'Ove Brodin', organization: 'Tibro', role: 'ledamot' })).json()) as { id: string };
    const { url } = (await (await asSecretary('POST', `/attendees/${added.id}/invite`)).json()) as { url: string };
    const { context, page } = await openPersonalInvite(browser, url);

    const withdrawnAt = Date.now();
    expect((await asSecretary('DELETE', `/attendees/${added.id}/invite`)).status).toBeLessThan(300);
    const notice = page.getByTestId('closed-notice');
    await notice.waitFor({ timeout: 1000 });
    expect(Date.now() - withdrawnAt).toBeLessThan(1500);
    await expect(notice.textContent()).resolves.toContain('Inbjudan har dragits tillbaka – be sekreteraren om en ny länk.');

    // Ove reloads, hoping it was a glitch: the page still says what happened, not that the link should be opened again.
    await page.reload();
    const problem = page.getByTestId('meeting-error');
    await problem.waitFor();
    await expect(problem.getAttribute('data-reason')).resolves.toBe('invite_withdrawn');
    await expect(problem.textContent()).resolves.toContain('Inbjudan har dragits tillbaka – be sekreteraren om en ny länk.');
    await context.close();
  });
});
