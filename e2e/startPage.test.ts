import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ROLES } from '../shared/roles';
import { launchBrowser } from './support/launchBrowser';
import { EDITOR, enterName, waitUntilEditable } from './support/meetingPage';
import { agenda, waitForAgenda } from './support/protocolPage';
import { startServer } from './support/startServer';
import type { RunningServer } from './support/startServer';

describe('start page', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  beforeEach(async () => {
    context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
  });

  afterEach(async () => {
    await context.close();
  });

  it('creates a meeting, shows four copyable invite links, opens it and lists it as recent', async () => {
    await page.goto(server.url);
    await page.getByTestId('recent-meetings').getByText('Inga möten').waitFor();

    await page.getByTestId('create-title').fill('Nätverksmöte skolchefer');
    await page.getByTestId('create-kind-notes').check();
    await page.getByLabel('Plats').fill('Hotell Falköping');
    await page.getByTestId('create-submit').click();

    const links = await Promise.all(ROLES.map((role) => page.getByTestId(`invite-link-${role}`).inputValue()));
    for (const link of links) expect(link).toMatch(new RegExp(`^${server.url}/join/\\S+$`));
    expect(new Set(links).size).toBe(ROLES.length);

    await page.getByTestId('copy-invite-participant').click();
    await page.locator('[data-testid="copy-invite-participant"][data-state="copied"]').waitFor();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(links[ROLES.indexOf('participant')]);

    await page.getByTestId('recent-meeting').filter({ hasText: 'Nätverksmöte skolchefer' }).waitFor();

    await page.getByTestId('open-meeting').click();
    await page.waitForURL(/\/m\/[^/]+$/);
    await enterName(page, 'Marie Krantz');
    await waitUntilEditable(page);
    await expect(page.getByTestId('meeting-role').getAttribute('data-role')).resolves.toBe('secretary');
    // The meeting data lives in the document, editable in the letterhead.
    await expect(page.getByTestId('meta-place').inputValue()).resolves.toBe('Hotell Falköping');
    // Notes from their standard items: numbered 1., 2., … rather than §.
    const items = await agenda(page);
    expect(items.length).toBeGreaterThan(1);
    expect(items.map((line) => line.split(' ')[0])).toEqual(items.map((_line, index) => `${index + 1}.`));

    await page.goBack();
    await page.getByTestId('recent-meeting').filter({ hasText: 'Nätverksmöte skolchefer' }).click();
    await waitUntilEditable(page);
  });

  it('creates an empty protocol when asked to, to be written from the first line', async () => {
    await page.goto(server.url);
    await page.getByTestId('create-title').fill('Extra möte');
    await page.getByTestId('create-template-empty').check();
    await page.getByTestId('create-submit').click();
    await page.getByTestId('open-meeting').click();
    await enterName(page, 'Marie Krantz');
    await waitUntilEditable(page);
    await expect(agenda(page)).resolves.toEqual([]);
    await page.locator(EDITOR).focus();
    await page.keyboard.type('§ ');
    await page.keyboard.type('Mötets öppnande');
    await waitForAgenda(page, ['§ 1 Mötets öppnande']);
  });

  it('switches to English and remembers the choice', async () => {
    await page.goto(server.url);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('sv');
    await page.getByTestId('language-en').click();
    await expect(page.getByTestId('create-submit').innerText()).resolves.toBe('Create meeting');
    await page.reload();
    await expect(page.getByTestId('create-submit').innerText()).resolves.toBe('Create meeting');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
  });

  it('answers an unknown address with a page, not a blank screen', async () => {
    await page.goto(new URL('/m/finns-inte', server.url).href);
    await expect(page.getByTestId('meeting-error').getAttribute('data-kind')).resolves.toMatch(/^(notFound|unauthorized)$/);
  });
});
