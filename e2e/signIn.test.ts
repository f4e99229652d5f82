import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VerifyMeetingResponse } from '../shared/adjustment/types';
import type { CreateMeetingResponse } from '../shared/api/types';
import { freePort, KATARINA, startOidcProvider, TEST_CLIENT, type TestOidcProvider } from '../server/testing/oidcProvider';
import { createMeeting, TEAMS_PROTOCOL } from './support/createMeeting';
import { launchBrowser } from './support/launchBrowser';
import { EDITOR, waitForConnection } from './support/meetingPage';
import { startServer, type RunningServer } from './support/startServer';

/**
 * Katarina, the chair, signs in with her organisation account at a real
 * OpenID Provider (oidc-provider, its own login and consent pages in
 * Chromium), finds the meeting under "Mina möten" without any link, and
 * approves in person; Zophia approves through her personal invitation.
 */
describe('sign-in with the organisation account, in Chromium', () => {
  let provider: TestOidcProvider;
  let server: RunningServer;
  let browser: Browser;
  let meeting: CreateMeetingResponse;

  const asSecretary = async (method: string, route: string, body?: unknown) => {
    const response = await fetch(`${server.url}/api/meetings/${meeting.id}${route}`, {
      method,
      headers: { authorization: `Bearer ${meeting.invites.secretary.token}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return (await response.json()) as unknown;
  };

  beforeAll(async () => {
    const [appPort, providerPort] = [await freePort(), await freePort()];
    const appUrl = `http://127.0.0.1:${appPort}`;
    provider = await startOidcProvider({ redirectUri: `${appUrl}/auth/callback`, port: providerPort });
    [server, browser] = await Promise.all([
      startServer({
        port: appPort,
        env: { PUBLIC_URL: appUrl, OIDC_ISSUER: provider.issuer, OIDC_CLIENT_ID: TEST_CLIENT.clientId, OIDC_CLIENT_SECRET: TEST_CLIENT.clientSecret },
      }),
      launchBrowser(),
    ]);
    meeting = await createMeeting(server.url, { ...TEAMS_PROTOCOL, title: 'Kommunstyrelsen' });
    await asSecretary('POST', '/attendees', { name: 'Katarina Nilsson', organization: 'Tibro', role: 'ordforande', email: KATARINA.email });
    const zophia = (await asSecretary('POST', '/attendees', { name: 'Zophia Zander Norell', organization: 'Tibro', role: 'justerare', email: 'zophia@tibro.se' })) as { id: string };
    const invite = (await asSecretary('POST', `/attendees/${zophia.id}/invite`)) as { token: string };
    await asSecretary('POST', '/review', {});
    const approved = await fetch(`${server.url}/api/meetings/${meeting.id}/approve`, {
      method: 'POST',
      headers: { authorization: `Bearer ${invite.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ stateVector: 'AA==' }),
    });
    expect(approved.status).toBe(200);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await provider?.close();
  });

  it('signs in at the provider, lists the meeting under Mina möten, and approves as the chair in person', async () => {
    const context = await browser.newContext({ locale: 'sv-SE' });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(`${server.url}/`);
    await page.getByTestId('sign-in').click();
    // The provider's own pages: login, then consent.
    await page.locator('input[name="login"]').fill(KATARINA.id);
    await page.locator('input[name="password"]').fill('any password');
    await page.locator('button[type="submit"]').click();
    await page.locator('button[type="submit"]').click();
    await page.getByTestId('signed-in').waitFor();
    await expect(page.getByTestId('signed-in').innerText()).resolves.toContain('Katarina Nilsson');
    const mine = page.getByTestId('my-meeting');
    await expect(mine.innerText()).resolves.toContain('Kommunstyrelsen');

    await mine.click();
    await page.waitForURL(/\/m\/[^/]+$/);
    await page.locator(EDITOR).waitFor();
    await waitForConnection(page, 'connected');
    // Known by the sign-in: no name is asked, and she approves as herself.
    await expect(page.getByTestId('name-prompt').count()).resolves.toBe(0);
    await expect(page.getByTestId('approving-as').innerText()).resolves.toBe('Du justerar som Katarina Nilsson (Ordförande).');
    await page.getByTestId('approve').click();
    await page.getByTestId('adjusted-banner').waitFor();
    await expect(page.getByTestId('adjusted-verification').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-method')))).resolves.toEqual(['personal-link', 'oidc']);

    const verify = (await (await fetch(`${server.url}/api/meetings/${meeting.id}/verify`, { headers: { authorization: `Bearer ${meeting.invites.viewer.token}` } })).json()) as VerifyMeetingResponse;
    expect(verify.adjustment?.approvals.map((a) => [a.name, a.verification?.method])).toEqual([
      ['Zophia Zander Norell', 'personal-link'],
      ['Katarina Nilsson', 'oidc'],
    ]);
    await context.close();
  });
});
