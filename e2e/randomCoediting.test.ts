import { getSchema, type JSONContent } from '@tiptap/core';
import { yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { CreateMeetingResponse, TicketResponse } from '../shared/api/types';
import { BODY_FRAGMENT } from '../shared/collab/constants';
import { agendaItemJson, paragraphJson } from '../shared/protocol/nodeJson';
import { protocolExtensions } from '../shared/editor/extensions';
import { httpJson } from '../server/testing/httpJson';
import { stockProvider } from '../server/testing/stockProvider';
import { BrowserSessions } from './support/browserSessions';
import { createMeeting, TEAMS_PROTOCOL } from './support/createMeeting';
import { documentText, setDocument, waitForCaret } from './support/editorState';
import type { OpenedMeeting } from './support/meetingPage';
import { caretAt, itemTitles, seededRandom, type CaretSpot } from './support/randomEditing';
import { startServer, type RunningServer } from './support/startServer';
import { openThreeWindows } from './support/threeWindows';

/** How long the three people write at random; CI runs about half a minute, `COEDIT_RANDOM_MS` longer. */
const DURATION_MS = Number(process.env.COEDIT_RANDOM_MS ?? 25_000);
const SEED = Number(process.env.COEDIT_SEED ?? Date.now() % 1_000_000);
/** Time for a keystroke to reach the others: two edits closer than this in one § count as concurrent. */
const CONCURRENCY_MARGIN_MS = 500;
const SETTLE_MS = 15_000;

const WORDS = ['möte', 'beslut', 'budget', 'rapport', 'skola', 'plan', 'förslag', 'ärende', 'kommun', 'nämnd'];

/**
 * What one person did in which paragraphs (§) when; a sentence is checked whole only if no one else touched its § meanwhile.
 * A § is known by its title up to the first full stop ("Punkt A."): what people type into titles comes after it.
 */
interface Action {
  person: number;
  kind: string;
  titles: string[];
  start: number;
  end: number;
}

interface Sentence extends Action {
  text: string;
}

const line = (text: string): JSONContent => paragraphJson(text);
const item = (title: string, ...body: JSONContent[]): JSONContent => agendaItemJson(title, body);

describe(`three people editing one protocol at random (seed ${SEED})`, () => {
  let server: RunningServer;
  let sessions: BrowserSessions;
  let meeting: CreateMeetingResponse;
  let windows: OpenedMeeting[];

  beforeAll(async () => {
    console.log(`random co-editing: seed ${SEED} (rerun with COEDIT_SEED=${SEED}), ${DURATION_MS} ms`);
    [server, sessions] = await Promise.all([startServer(), BrowserSessions.launch()]);
    meeting = await createMeeting(server.url, TEAMS_PROTOCOL);
    windows = await openThreeWindows(sessions, meeting);
  }, 120_000);

  afterAll(async () => {
    await sessions?.close();
    await server?.stop();
  });

  it('keeps every sentence someone wrote alone whole, and every window equals the server', async () => {
    const pages = windows.map(({ page }) => page);
    await setDocument(pages[0]!, { type: 'doc', content: ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L'].map((letter) => item(`Punkt ${letter}.`, line(`Inledning ${letter}.`), line(`Bakgrund ${letter}.`))) });
    await expect.poll(() => Promise.all(pages.map((page) => itemTitles(page))), { timeout: SETTLE_MS }).toEqual(pages.map(() => ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L'].map((letter) => `Punkt ${letter}.`)));

    const actions: Action[] = [];
    const sentences: Sentence[] = [];
    const deadline = Date.now() + DURATION_MS;
    await Promise.all(pages.map((page, person) => writeAtRandom(page, person, seededRandom(SEED * 31 + person), deadline, actions, sentences)));

    // Every window and the server converge on one text.
    const serverText = await storedText();
    let agreed = '';
    await expect
      .poll(
        async () => {
          const [texts, stored] = await Promise.all([Promise.all(pages.map((page) => documentText(page))), serverText()]);
          agreed = stored;
          return texts.every((text) => text === stored) ? 'all equal the server' : 'windows and server differ';
        },
        { timeout: SETTLE_MS, interval: 200 },
      )
      .toBe('all equal the server');

    const alone = sentences.filter((sentence) => !actions.some((other) => other.person !== sentence.person && overlaps(other, sentence)));
    const broken = alone.filter((sentence) => !agreed.includes(sentence.text));
    const wholeAnyway = sentences.filter((sentence) => !alone.includes(sentence) && agreed.includes(sentence.text));
    console.log(
      `random co-editing (seed ${SEED}): ${actions.length} actions, ${sentences.length} sentences, ${alone.length} written alone in their § (all must be whole), ` +
        `${sentences.length - alone.length} beside others' edits (${wholeAnyway.length} of them whole)`,
    );
    for (const sentence of sentences.filter((candidate) => !alone.includes(candidate) && !wholeAnyway.includes(candidate))) {
      const others = actions.filter((other) => other.person !== sentence.person && overlaps(other, sentence));
      console.log(`not whole beside others' edits: ${JSON.stringify(sentence)} with ${JSON.stringify(others)}`);
    }
    expect(alone.length, `seed ${SEED}: too few sentences written alone to judge`).toBeGreaterThanOrEqual(6);
    expect(broken.map((sentence) => sentence.text), `seed ${SEED}: sentences not whole in the final text`).toEqual([]);
  }, DURATION_MS + 120_000);

  /** The text the server holds, read as an outside viewer over the stock client. */
  async function storedText(): Promise<() => Promise<string>> {
    const { ticket } = (await httpJson('POST', `${server.url}/api/meetings/${meeting.id}/ticket`, { headers: { authorization: `Bearer ${meeting.invites.viewer.token}` } })).json as TicketResponse;
    const doc = new Y.Doc();
    const provider = await stockProvider(server.url, meeting.id, ticket, doc);
    afterAll(() => provider.destroy());
    const schema = getSchema(protocolExtensions());
    return () => {
      const root = yXmlFragmentToProseMirrorRootNode(doc.getXmlFragment(BODY_FRAGMENT), schema);
      return Promise.resolve(root.textBetween(0, root.content.size, '\n'));
    };
  }
});

function overlaps(a: Action, b: Action): boolean {
  const shareItem = a.titles.some((title) => b.titles.includes(title));
  return shareItem && a.start <= b.end + CONCURRENCY_MARGIN_MS && b.start <= a.end + CONCURRENCY_MARGIN_MS;
}

/** One person's half minute: typing, corrections, Enter, Backspace across blocks, bold, new §, moving a §. */
async function writeAtRandom(page: Page, person: number, random: () => number, deadline: number, actions: Action[], sentences: Sentence[]): Promise<void> {
  let count = 0;
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)]!;
  const delay = () => Math.floor(random() * 40);
  const sentenceText = () => ` p${person}s${++count} ${pick(WORDS)} ${pick(WORDS)}.`;

  while (Date.now() < deadline) {
    const titles = await itemTitles(page);
    // A title still being typed by its writer has no full stop yet; its § is left alone until then.
    const title = pick(titles.filter((candidate) => candidate.includes('.')));
    const key = itemKey(title);
    const spot: CaretSpot = { title, pick: random(), at: 'end' };
    const roll = random();
    const start = Date.now();
    const record = (kind: string, touched: string[]) => {
      const action = { person, kind, titles: touched, start, end: Date.now() };
      actions.push(action);
      return action;
    };

    if (roll < 0.1) {
      // Typing on at the end of a § title.
      if (!(await caretAt(page, { ...spot, at: 'title' }))) continue;
      const text = ` p${person}t${++count} ${pick(WORDS)}`;
      await page.keyboard.type(text, { delay: delay() });
      sentences.push({ ...record('title', [key]), text });
    } else if (roll < 0.5) {
      if (!(await caretAt(page, spot))) continue;
      if (random() < 0.2) await page.keyboard.press('Enter');
      const text = sentenceText();
      await page.keyboard.type(text, { delay: delay() });
      sentences.push({ ...record('type', [key]), text });
    } else if (roll < 0.62) {
      // A correction of one's own last letters.
      if (!(await caretAt(page, spot))) continue;
      const text = sentenceText();
      await page.keyboard.type(text, { delay: delay() });
      const wrong = 1 + Math.floor(random() * 3);
      for (let i = 0; i < wrong; i++) await page.keyboard.press('Backspace');
      const fixed = 'xyz'.slice(0, wrong);
      await page.keyboard.type(fixed, { delay: delay() });
      sentences.push({ ...record('correct', [key]), text: text.slice(0, text.length - wrong) + fixed });
    } else if (roll < 0.72) {
      // Bold on the last word one typed.
      if (!(await caretAt(page, spot))) continue;
      const word = `${pick(WORDS)}.`;
      const text = ` p${person}s${++count} ${word}`;
      await page.keyboard.type(text, { delay: delay() });
      for (let i = 0; i < word.length; i++) await page.keyboard.press('Shift+ArrowLeft');
      await page.keyboard.press('Control+b');
      await page.keyboard.press('ArrowRight');
      sentences.push({ ...record('bold', [key]), text });
    } else if (roll < 0.82) {
      // Backspace at the start of a line joins it to the line before.
      if (!(await caretAt(page, { ...spot, at: 'start', joinable: true }))) continue;
      await page.keyboard.press('Backspace');
      record('join', [key]);
    } else if (roll < 0.9) {
      // A new § after this one, titled by its writer.
      if (!(await caretAt(page, spot))) continue;
      const newTitle = `Ny punkt ${person}-${++count}.`;
      await page.keyboard.press('Control+Alt+1');
      await waitForCaret(page, '.agenda-item-title');
      await page.keyboard.type(newTitle, { delay: delay() });
      record('new §', [key, newTitle]);
    } else {
      // Moving a § one step up or down renumbers it and its neighbour.
      if (!(await caretAt(page, spot))) continue;
      const index = titles.indexOf(title);
      const up = random() < 0.5;
      const neighbour = titles[up ? index - 1 : index + 1];
      await page.keyboard.press(up ? 'Alt+Shift+ArrowUp' : 'Alt+Shift+ArrowDown');
      record('move', neighbour === undefined ? [key] : [key, itemKey(neighbour)]);
    }
  }
}

/** A § by the start of its title, which no one types into. */
function itemKey(title: string): string {
  return title.slice(0, title.indexOf('.') + 1);
}
