import type { Page } from 'playwright-core';
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
    view: { posAtDOM(node: Node, offset: number): number };
  };
}

interface PageNode {
  type: { name: string };
  attrs: Record<string, unknown>;
  isTextblock: boolean;
  nodeSize: number;
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
    if (node.type.name === 'agendaItem') titles.push(String(node.attrs.title));
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
  /** The end of that block, or its start. */
  at: 'end' | 'start';
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
    if (item.type.name !== 'agendaItem' || item.attrs.title !== spot.title || inItem) return;
    inItem = true;
    item.descendants((node, pos, parent, index) => {
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

/** Runs in the page: whether the DOM selection, where the next key lands, is ProseMirror's. */
function caretInStep(selector: string): boolean {
  const root = document.querySelector<EditorRoot>(selector);
  const editor = root?.editor;
  const selection = document.getSelection();
  if (!editor || !selection?.anchorNode || document.activeElement !== root || !editor.state.selection.empty) return false;
  return editor.view.posAtDOM(selection.anchorNode, selection.anchorOffset) === editor.state.selection.from;
}

/** Puts the caret at the spot as a click would and waits until keys land there; false when there is no such spot. */
export async function caretAt(page: Page, spot: CaretSpot): Promise<boolean> {
  if (!(await page.evaluate(placeCaret, { selector: EDITOR, spot }))) return false;
  await page.waitForFunction(caretInStep, EDITOR, { polling: 'raf' });
  return true;
}
