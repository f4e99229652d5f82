import type { Browser } from 'playwright-core';
import { launchBrowser } from './launchBrowser';
import { openInvite, openPersonalInvite, type OpenedMeeting } from './meetingPage';

/** One Chromium for a test file and the profiles it opened from invites, closed together at the end. */
export class BrowserSessions {
  private readonly opened: OpenedMeeting[] = [];

  private constructor(readonly browser: Browser) {}

  static async launch(): Promise<BrowserSessions> {
    return new BrowserSessions(await launchBrowser());
  }

  /** A fresh profile follows the invite and answers the name prompt. */
  async open(inviteUrl: string, name: string): Promise<OpenedMeeting> {
    const session = await openInvite(this.browser, inviteUrl, name);
    this.opened.push(session);
    return session;
  }

  /** A fresh profile follows a personal invitation: no name prompt, the server knows who it is. */
  async openPersonal(inviteUrl: string): Promise<OpenedMeeting> {
    const session = await openPersonalInvite(this.browser, inviteUrl);
    this.opened.push(session);
    return session;
  }

  async close(): Promise<void> {
    await Promise.all(this.opened.map(({ context }) => context.close()));
    await this.browser.close();
  }
}
