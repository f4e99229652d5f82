import type { JSONContent } from '@tiptap/core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreateMeetingResponse } from '../shared/api/types';
import { actionItemJson, agendaItemJson, decisionJson, paragraphJson, tableJson } from '../shared/protocol/nodeJson';
import { BrowserSessions } from './support/browserSessions';
import { createMeeting, TEAMS_PROTOCOL } from './support/createMeeting';
import { caretAfter, documentText, setDocument } from './support/editorState';
import { fetchProtocol } from './support/fetchProtocol';
import type { OpenedMeeting } from './support/meetingPage';
import { startServer, type RunningServer } from './support/startServer';
import { openThreeWindows } from './support/threeWindows';

/** A person typing at a steady human pace, and one as fast as the keyboard repeats. */
const HUMAN_MS = 150;
const FAST_MS = 0;
/** How long every window and the server get to agree after the last key. */
const SETTLE_MS = 5000;

const OPENING = 'Ordföranden öppnar mötet.';
const SENTENCES = [' Anna skriver här.', ' Bertil också.', ' Cecilia med.'] as const;

const line = (text: string): JSONContent => paragraphJson(text);
const item = (title: string, ...body: JSONContent[]): JSONContent => agendaItemJson(title, body, 'Anna Andersson');

/** Every kind of place where the protocol's text lives, each holding OPENING once. */
const PLACES: Record<string, JSONContent[]> = {
  'a § body': [item('Mötets öppnande', line(OPENING)), item('Nästa möte', line('Den 3 mars.'))],
  'a § title': [item('Budget', line('Text.')), item(OPENING, line('Text.'))],
  'a § presenter': [agendaItemJson('Budget', [line('Text.')], OPENING)],
  'a decision lead-in': [item('Budget', line('Förslag.'), decisionJson(['godkänna budgeten'], OPENING))],
  'a decision clause': [item('Budget', line('Förslag.'), decisionJson([OPENING]))],
  'an action-item task': [item('Uppföljning', line('Text.'), actionItemJson({ assignee: 'Bertil', task: OPENING }))],
  'a list inside a §': [item('Rapporter', { type: 'bulletList', content: [{ type: 'listItem', content: [line('Ekonomi.')] }, { type: 'listItem', content: [line(OPENING)] }] })],
  'a table inside a §': [item('Tabell', tableJson(['Punkt', 'Kommentar'], [['Ekonomi', OPENING]]))],
};

/** Every order in which whole sentences can follow one another. */
function orders(sentences: readonly string[]): string[] {
  if (sentences.length <= 1) return [...sentences];
  return sentences.flatMap((first, index) => orders(sentences.filter((_, other) => other !== index)).map((rest) => first + rest));
}

describe('people typing at the same time in one protocol, in three browsers', () => {
  let server: RunningServer;
  let sessions: BrowserSessions;
  let meeting: CreateMeetingResponse;
  let windows: OpenedMeeting[];
  const pages = () => windows.map(({ page }) => page);

  beforeAll(async () => {
    [server, sessions] = await Promise.all([startServer(), BrowserSessions.launch()]);
    meeting = await createMeeting(server.url, TEAMS_PROTOCOL);
    windows = await openThreeWindows(sessions, meeting);
  });

  afterAll(async () => {
    await sessions?.close();
    await server?.stop();
  });

  /** The secretary lays out the document; every window shows it before anyone types. */
  async function prepare(content: JSONContent[]): Promise<void> {
    const [secretary] = pages();
    await setDocument(secretary!, { type: 'doc', content });
    const expected = await documentText(secretary!);
    await expect.poll(() => Promise.all(pages().map((page) => documentText(page))), { timeout: SETTLE_MS }).toEqual(pages().map(() => expected));
  }

  /** Waits until every window holds the same text, `expected` says it is right, and the server stored it; returns that text. */
  async function agreedText(expected: (text: string) => boolean): Promise<string> {
    let agreed = '';
    await expect
      .poll(
        async () => {
          const texts = await Promise.all(pages().map((page) => documentText(page)));
          agreed = texts[0] ?? '';
          return texts.every((text) => text === agreed) && expected(agreed) ? 'agreed' : texts.join(' | ');
        },
        { timeout: SETTLE_MS, interval: 50 },
      )
      .toBe('agreed');
    return agreed;
  }

  async function serverHolds(text: string): Promise<void> {
    await expect.poll(async () => JSON.stringify(await fetchProtocol(server.url, meeting)).includes(text), { timeout: SETTLE_MS }).toBe(true);
  }

  async function typeTogether(typists: { page: Page; text: string }[], delay: number): Promise<void> {
    await Promise.all(typists.map(({ page, text }) => page.keyboard.type(text, { delay })));
  }

  describe.each(Object.entries(PLACES))('in %s', (_place, content) => {
    it('two typing at the same spot at human speed: each sentence whole and in order, the third window and the server agree', async () => {
      await prepare(content);
      const [a, b] = pages();
      await Promise.all([caretAfter(a!, OPENING), caretAfter(b!, OPENING)]);
      await typeTogether([{ page: a!, text: SENTENCES[0] }, { page: b!, text: SENTENCES[1] }], HUMAN_MS);

      const merged = orders(SENTENCES.slice(0, 2)).map((tail) => OPENING + tail);
      const text = await agreedText((text) => merged.some((whole) => text.includes(whole)));
      await serverHolds(merged.find((whole) => text.includes(whole))!);
    });

    it('three typing at the same spot as fast as the keyboard goes: every sentence whole', async () => {
      await prepare(content);
      await Promise.all(pages().map((page) => caretAfter(page, OPENING)));
      await typeTogether(pages().map((page, index) => ({ page, text: SENTENCES[index]! })), FAST_MS);

      const merged = orders(SENTENCES).map((tail) => OPENING + tail);
      const text = await agreedText((text) => merged.some((whole) => text.includes(whole)));
      await serverHolds(merged.find((whole) => text.includes(whole))!);
    });

    it('a correction earlier in the text while another types on at the end: both exactly as typed', async () => {
      await prepare(content);
      const [secretary, participant] = pages();
      await Promise.all([caretAfter(secretary!, OPENING), caretAfter(participant!, 'Ordf')]);
      await typeTogether([{ page: secretary!, text: ' Sekreteraren skriver vidare.' }, { page: participant!, text: 'ö-ö' }], HUMAN_MS);

      const whole = 'Ordfö-ööranden öppnar mötet. Sekreteraren skriver vidare.';
      await agreedText((text) => text.includes(whole));
      await serverHolds(whole);
    });
  });
});
