import { chromium } from 'playwright-core';
import type { Browser, BrowserContext } from 'playwright-core';

/** Debian's Chromium; tests never download a browser. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Chromium with a watch on the server's Content-Security-Policy: anything the
 * policy blocks in any page of the browser (a script, a style, a socket, a
 * frame) makes `browser.close()` fail, after closing, listing what was
 * blocked, so a test that passes also ran under the policy unharmed.
 */
export async function launchBrowser(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  failOnPolicyViolations(browser);
  return browser;
}

function failOnPolicyViolations(browser: Browser): void {
  const violations = new Set<string>();
  const watch = async (context: BrowserContext) => {
    // Chromium logs most violations itself; the event also catches what it reports only to the page.
    await context.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (event) =>
        console.error(`Content Security Policy violation: ${event.violatedDirective} blocked ${event.blockedURI || '(inline)'}`),
      ),
    );
    context.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) violations.add(`${message.page()?.url() ?? message.location().url}: ${message.text()}`);
    });
    return context;
  };
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => watch(await newContext(options));
  const close = browser.close.bind(browser);
  browser.close = async (options) => {
    await close(options);
    if (violations.size > 0) throw new Error(`The Content-Security-Policy blocked something in the app:\n${[...violations].join('\n')}`);
  };
}
