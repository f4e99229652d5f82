import type { Page } from 'playwright-core';
import { waitForCaret } from './editorState';
import { EDITOR } from './meetingPage';

/** A small seeded generator (mulberry32): the same seed gives the same run of choices. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface EditorRoot extends Element {
  editor?: {
    commands: { setTextSelection(pos: number): boolean; focus(): boolean };
    state: { doc: PageNode; selection: { empty: boolean; from: number } };
  };
}

interface PageNode {
  type: { name: string };
  textContent: string;
  isTextblock: boolean;
  nodeSize: number;
  content: { size: number };
  childCount: number;
  child(index: number): PageNode;
  forEach(visit: (node: PageNode, offset: number, index: number) => void): void;
  descendants(visit: (node: PageNode, pos: number, parent: PageNode | null, index: number) => boolean | void): void;
}

/** Runs in the page: the titles of the paragraphs (§), in document order. */
function titlesIn(selector: string): string[] {
  const doc = document.querySelector<EditorRoot>(selector)?.editor?.state.doc;
  if (!doc) throw new Error(`no editor at ${selector}`);
  const titles: string[] = [];
  doc.forEach((node) => {
    // The title is the paragraph's first child, its own text.
    if (node.type.name === 'agendaItem') titles.push(node.child(0).textContent);
  });
  return titles;
}

export function itemTitles(page: Page): Promise<string[]> {
  return page.evaluate(titlesIn, EDITOR);
}

export interface CaretSpot {
  /** The paragraph (§) by its title. */
  title: string;
  /** Which of its text blocks, as a fraction in [0, 1). */
  pick: number;
  /** The end of that block, its start, or the end of the § title. */
  at: 'end' | 'start' | 'title';
  /** Only paragraphs that follow another paragraph (where Backspace at the start joins the two). */
  joinable?: boolean;
}

/** Runs in the page: puts the caret at the spot; answers false when the § or such a block is not there. */
function placeCaret({ selector, spot }: { selector: string; spot: CaretSpot }): boolean {
  const editor = document.querySelector<EditorRoot>(selector)?.editor;
  if (!editor) throw new Error(`no editor at ${selector}`);
  const positions: number[] = [];
  let inItem = false;
  editor.state.doc.forEach((item, offset) => {
    if (item.type.name !== 'agendaItem' || item.child(0).textContent !== spot.title || inItem) return;
    inItem = true;
    if (spot.at === 'title') {
      positions.push(offset + 2 + item.child(0).content.size);
      return;
    }
    item.descendants((node, pos, parent, index) => {
      // The title and presenter are the § heading, not its body.
      if (parent === item && index < 2) return false;
      if (!node.isTextblock) return true;
      const start = offset + 1 + pos + 1;
      if (spot.joinable) {
        const previous = parent && index > 0 ? parent.child(index - 1) : null;
        if (node.type.name !== 'paragraph' || parent?.type.name !== 'agendaItem' || previous?.type.name !== 'paragraph') return false;
      }
      positions.push(spot.at === 'end' ? start + node.nodeSize - 2 : start);
      return false;
    });
  });
  const target = positions[Math.floor(spot.pick * positions.length)];
  if (target === undefined) return false;
  editor.commands.focus();
  editor.commands.setTextSelection(target);
  return true;
}

/** Puts the caret at the spot as a click would and waits until keys land there; false when there is no such spot. */
export async function caretAt(page: Page, spot: CaretSpot): Promise<boolean> {
  if (!(await page.evaluate(placeCaret, { selector: EDITOR, spot }))) return false;
  await waitForCaret(page);
  return true;
}
