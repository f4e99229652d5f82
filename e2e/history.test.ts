import type { JSONContent } from '@tiptap/core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreateMeetingResponse } from '../shared/api/types';
import { agendaItemJson, paragraphJson } from '../shared/protocol/nodeJson';
import type { BrowserSessions } from './support/browserSessions';
import { FIXTURE_MEETING } from './support/createMeeting';
import { setDocument } from './support/editorState';
import { EDITOR, typeAtEnd, waitForSaved, waitForText, waitUntilEditable, type OpenedMeeting } from './support/meetingPage';
import { twoWriters } from './support/twoWriters';
import { openPanelTab } from './support/protocolPage';
import type { RunningServer } from './support/startServer';

/** The latency budget for an edit to reach the other window. */
const PROPAGATION_MS = 2000;

const line = (text: string): JSONContent => paragraphJson(text);
const item = (title: string, ...body: JSONContent[]): JSONContent => agendaItemJson(title, body);

/** The part of the page's TipTap editor deleteItem uses. */
interface EditorRoot extends Element {
  editor?: {
    state: { doc: { descendants(visit: (node: ItemNode, pos: number) => boolean | void): void }; tr: { delete(from: number, to: number): unknown } };
    view: { dispatch(tr: unknown): void };
  };
}

interface ItemNode {
  type: { name: string };
  nodeSize: number;
  firstChild: { textContent: string } | null;
}

/** Runs in the page: deletes the § with this title, as selecting it and pressing Delete would. */
function deleteItemTitled({ selector, title }: { selector: string; title: string }): boolean {
  const editor = document.querySelector<EditorRoot>(selector)?.editor;
  if (!editor) throw new Error(`no editor at ${selector}`);
  const ranges: [number, number][] = [];
  editor.state.doc.descendants((node, pos) => {
    if (ranges.length > 0) return false;
    if (node.type.name !== 'agendaItem') return true;
    if (node.firstChild?.textContent === title) ranges.push([pos, pos + node.nodeSize]);
    return false;
  });
  const [range] = ranges;
  if (!range) return false;
  editor.view.dispatch(editor.state.tr.delete(range[0], range[1]));
  return true;
}

const saved = (page: Page) => waitForSaved(page, 'saved');

describe('the protocol’s history in the browser', () => {
  let server: RunningServer;
  let sessions: BrowserSessions;
  let meeting: CreateMeetingResponse;
  let secretary: OpenedMeeting;
  let participant: OpenedMeeting;
  const asSecretary = (route: string, body: unknown) =>
    fetch(`${server.url}/api/meetings/${meeting.id}${route}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${meeting.invites.secretary.token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  beforeAll(async () => {
    ({ server, sessions, meeting, secretary, participant } = await twoWriters(FIXTURE_MEETING));
  });

  afterAll(async () => {
    await sessions?.close();
    await server?.stop();
  });

  it('shows a § deleted after the review as removed, with who did it, and brings it back for everyone', async () => {
    // A protocol is sent for review only with a chair and an adjuster on the attendee list.
    for (const attendee of [
      { name: 'Katarina Karlsson', organization: 'Skövde', role: 'ordforande' },
      { name: 'Zophia Öberg', organization: 'Tibro', role: 'justerare' },
    ]) {
      expect((await asSecretary('/attendees', attendee)).status).toBe(201);
    }
    await setDocument(secretary.page, {
      type: 'doc',
      content: [item('Mötets öppnande', line('Ordföranden öppnade mötet.')), item('Budget 2027', line('Nämnden fastställer budgeten.')), item('Lokalfrågor', line('Skolan byggs om.'))],
    });
    await waitForText(participant.page, 'Skolan byggs om.', PROPAGATION_MS);
    await saved(secretary.page);
    // Sent for review and taken back: the review checkpoint holds the three §.
    expect((await asSecretary('/review', { author: 'Sara Sekreterare' })).status).toBe(200);
    expect((await asSecretary('/withdraw', { author: 'Sara Sekreterare' })).status).toBe(200);
    await waitUntilEditable(participant.page);
    await waitUntilEditable(secretary.page);

    await typeAtEnd(participant.page, ' Arbetet börjar i maj.');
    await saved(participant.page);
    expect(await secretary.page.evaluate(deleteItemTitled, { selector: EDITOR, title: 'Budget 2027' })).toBe(true);
    await saved(secretary.page);
    await participant.page.waitForFunction((selector) => !document.querySelector(selector)?.textContent?.includes('Budget 2027'), EDITOR, { timeout: PROPAGATION_MS });

    await openPanelTab(secretary.page, 'history');
    const review = secretary.page.locator('[data-testid="history-checkpoint"][data-label="review"]');
    await review.waitFor();
    // The newest edit is the secretary's deletion of § 19, listed by the number it had.
    await expect(secretary.page.getByTestId('history-edit').first().getAttribute('data-items')).resolves.toBe('19');

    await review.getByTestId('history-show-since').click();
    const comparison = secretary.page.getByTestId('history-comparison');
    await comparison.waitFor();
    const removed = comparison.locator('[data-change="removed"]', { hasText: 'Budget 2027' }).first();
    await removed.waitFor();
    await expect(removed.getAttribute('data-author')).resolves.toBe('Sekreterare');
    const added = comparison.locator('.ychange-added', { hasText: 'Arbetet börjar i maj.' }).first();
    await added.waitFor();
    await expect(added.getAttribute('data-author')).resolves.toBe('Deltagare');
    await expect(comparison.getByTestId('comparison-author').allInnerTexts()).resolves.toEqual(expect.arrayContaining(['Deltagare', 'Sekreterare']));
    // What stood at the review and is unchanged is not marked.
    await expect(comparison.locator('.ychange', { hasText: 'Ordföranden öppnade mötet.' }).count()).resolves.toBe(0);
    if (process.env.HISTORY_SCREENSHOT) await comparison.screenshot({ path: process.env.HISTORY_SCREENSHOT });
    await comparison.getByTestId('comparison-close').click();

    await review.getByTestId('history-restore').click();
    const choice = review.getByTestId('history-restore-choice');
    await choice.locator('option', { hasText: 'Budget 2027' }).waitFor({ state: 'attached' });
    await choice.selectOption({ label: '§ 19 Budget 2027' });
    await review.getByTestId('history-restore-confirm').click();
    await expect(secretary.page.getByTestId('history-notice').textContent()).resolves.toContain('Återställt');
    await waitForText(participant.page, 'Nämnden fastställer budgeten.', PROPAGATION_MS);
    // Back in its place, between the § it stood between, and what was typed since is kept.
    const text = await participant.page.locator(EDITOR).innerText();
    expect(text.indexOf('Budget 2027')).toBeGreaterThan(text.indexOf('Mötets öppnande'));
    expect(text.indexOf('Budget 2027')).toBeLessThan(text.indexOf('Lokalfrågor'));
    expect(text).toContain('Arbetet börjar i maj.');
  });

  it('is not offered to a participant, and the server refuses it to them', async () => {
    await expect(participant.page.getByTestId('panel-tab-history').count()).resolves.toBe(0);
    const refused = await fetch(`${server.url}/api/meetings/${meeting.id}/history`, { headers: { authorization: `Bearer ${meeting.invites.participant.token}` } });
    expect(refused.status).toBe(403);
  });
});
