import type { JSONContent } from '@tiptap/core';
import { isElement, isSkippedElement, isWordListMarker } from './domElement';
import { domInlineLines } from './domInlineLines';
import { htmlToText } from './htmlToText';
import type { PasteBlock, PasteLine } from './pasteBlock';
import { textToBlocks } from './textToBlocks';

// Elements that start a block of their own; any other element is inline unless it wraps blocks.
const BLOCK_ELEMENTS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CENTER', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);
const BLOCK_SELECTOR = [...BLOCK_ELEMENTS].map((name) => name.toLowerCase()).join(',');

const nameOf = (node: Node): string => node.nodeName.toUpperCase();

/**
 * Reads pasted HTML into lines and ready blocks. Uses DOMParser (browser, happy-dom);
 * without one (the server) the HTML is flattened to text and read as plain text.
 */
export function htmlToBlocks(html: string): PasteBlock[] {
  if (typeof DOMParser === 'undefined') return textToBlocks(htmlToText(html));
  const document = new DOMParser().parseFromString(html, 'text/html');
  const blocks: PasteBlock[] = [];
  readBlocks(document.body, blocks);
  return blocks;
}

/** Whether an element starts a block: a block element, or an inline one wrapping blocks (Google Docs' outer `<b>`). */
function isBlock(element: Element): boolean {
  return BLOCK_ELEMENTS.has(nameOf(element)) || element.querySelector(BLOCK_SELECTOR) !== null;
}

function readBlocks(parent: Node, out: PasteBlock[]): void {
  let inline: Node[] = [];
  const flush = (): void => {
    pushLines(out, domInlineLines(inline), {});
    inline = [];
  };
  for (const child of Array.from(parent.childNodes)) {
    if (!isElement(child)) {
      inline.push(child);
      continue;
    }
    if (isSkippedElement(child)) continue;
    if (!isBlock(child)) {
      inline.push(child);
      continue;
    }
    flush();
    readBlock(child, out);
  }
  flush();
}

function readBlock(element: Element, out: PasteBlock[]): void {
  const name = nameOf(element);
  if (name === 'P' || /^H[1-6]$/u.test(name)) {
    if (element.querySelector(BLOCK_SELECTOR)) readBlocks(element, out);
    else readParagraph(element, out);
  } else if (name === 'UL' || name === 'OL') {
    out.push(readList(element));
  } else if (name === 'TABLE') {
    const table = readTable(element);
    if (table) out.push({ kind: 'node', node: table });
  } else if (name === 'PRE') {
    const text = element.textContent ?? '';
    if (text.trim()) out.push({ kind: 'node', node: { type: 'codeBlock', content: [{ type: 'text', text }] } });
  } else if (name !== 'HR') {
    readBlocks(element, out);
  }
}

/**
 * A paragraph or heading; `<br>` splits it into lines that follow each other without a
 * blank line. Word writes list paragraphs as `<p style="mso-list:…">` with the bullet or
 * number as text: a number ("1.", "1", "§ 18") is kept in front of the text, so that
 * "1. Mötets öppnande" is recognised; a bullet makes the line a bullet.
 */
function readParagraph(element: Element, out: PasteBlock[]): void {
  const heading = /^H([1-6])$/u.exec(nameOf(element));
  const marker = wordListMarker(element);
  const lines = domInlineLines(Array.from(element.childNodes));
  const first = lines[0];
  const number = marker === null ? null : numberMarker(marker);
  if (first && number) first.unshift({ type: 'text', text: `${number} ` });
  pushLines(out, lines, { heading: heading?.[1] ? Number(heading[1]) : undefined, bullet: marker !== null && !number && !heading });
}

function wordListMarker(element: Element): string | null {
  if (!(element.getAttribute('style') ?? '').toLowerCase().includes('mso-list')) return null;
  const markerElement = Array.from(element.querySelectorAll('*')).find(isWordListMarker);
  return markerElement ? (markerElement.textContent ?? '').replace(/[\s\u00A0]+/gu, ' ').trim() : null;
}

/** A list marker that numbers ("1.", "2)", "§ 18", Word's bare "3" on headings) as item text, or null for a bullet. */
function numberMarker(marker: string): string | null {
  if (/^(?:§\s*\d+|\d+[.)])$/u.test(marker)) return marker;
  return /^\d+$/u.test(marker) ? `${marker}.` : null;
}

function pushLines(out: PasteBlock[], lines: readonly JSONContent[][], options: { heading?: number | undefined; bullet?: boolean }): void {
  lines.forEach((runs, index) => {
    const line: PasteLine = { kind: 'line', runs, blankBefore: index === 0, joinable: false, bullet: index === 0 && options.bullet === true };
    if (options.heading !== undefined) line.heading = options.heading;
    out.push(line);
  });
}

/** Blocks of a container (list item, table cell) as schema blocks: lines become paragraphs (headings stay). */
function containerContent(element: Element): JSONContent[] {
  const blocks: PasteBlock[] = [];
  readBlocks(element, blocks);
  return blocks.map((block) => {
    if (block.kind === 'node') return block.node;
    if (block.heading !== undefined) return { type: 'heading', attrs: { level: block.heading }, content: block.runs };
    return { type: 'paragraph', content: block.runs };
  });
}

function readList(element: Element): PasteBlock {
  const ordered = nameOf(element) === 'OL';
  const items: JSONContent[] = [];
  const clauses: JSONContent[][] = [];
  for (const child of Array.from(element.children)) {
    if (isSkippedElement(child)) continue;
    const content = containerContent(child).map((block) => (block.type === 'heading' ? { ...block, type: 'paragraph', attrs: undefined } : block));
    if (content[0]?.type !== 'paragraph') content.unshift({ type: 'paragraph' });
    items.push({ type: 'listItem', content });
    clauses.push(content[0]?.content ?? []);
  }
  if (items.length === 0) items.push({ type: 'listItem', content: [{ type: 'paragraph' }] });
  const start = Number(element.getAttribute('start'));
  const node: JSONContent = ordered
    ? { type: 'orderedList', attrs: { start: Number.isInteger(start) && start > 0 ? start : 1 }, content: items }
    : { type: 'bulletList', content: items };
  return { kind: 'node', node, clauses };
}

/** A table: `th` become header cells; colspan and rowspan are kept. */
function readTable(element: Element): JSONContent | null {
  const rows: JSONContent[] = [];
  const rowElements = Array.from(element.children).flatMap((child) => (nameOf(child) === 'TR' ? [child] : Array.from(child.children).filter((row) => nameOf(row) === 'TR')));
  for (const row of rowElements) {
    const cells = Array.from(row.children)
      .filter((cell) => nameOf(cell) === 'TD' || nameOf(cell) === 'TH')
      .map((cell) => {
        const content = containerContent(cell);
        return {
          type: nameOf(cell) === 'TH' ? 'tableHeader' : 'tableCell',
          attrs: { colspan: span(cell, 'colspan'), rowspan: span(cell, 'rowspan') },
          content: content.length > 0 ? content : [{ type: 'paragraph' }],
        };
      });
    if (cells.length > 0) rows.push({ type: 'tableRow', content: cells });
  }
  return rows.length > 0 ? { type: 'table', content: rows } : null;
}

function span(cell: Element, attribute: 'colspan' | 'rowspan'): number {
  const value = Number(cell.getAttribute(attribute));
  return Number.isInteger(value) && value > 0 ? value : 1;
}
