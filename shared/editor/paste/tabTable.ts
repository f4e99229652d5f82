import type { JSONContent } from '@tiptap/core';
import { bulletMarkerLength } from './bulletMarkerLength';
import { matchItemHeading } from './itemHeading';
import { stripStrayHtml } from './stripStrayHtml';

/** A table read from tab-separated lines, and the index of the first line after it. */
export interface TabTable {
  node: JSONContent;
  end: number;
}

const isBlank = (line: string): boolean => line.trim() === '';
const cellsOf = (line: string): string[] => line.split('\t').map((cell) => cell.trim());
const filled = (cells: readonly string[]): number => cells.filter((cell) => cell !== '').length;

/** A line that may start a table: two or more filled cells, and not an item heading or bullet typed with a tab. */
function startsTable(line: string): boolean {
  const cells = cellsOf(line);
  if (cells.length < 2 || filled(cells) < 2) return false;
  const flat = line.trim().replace(/\s+/gu, ' ');
  return !matchItemHeading(flat) && bulletMarkerLength(line.trim()) === 0;
}

/**
 * Reads consecutive tab-separated lines with the same number of cells (at least two
 * lines) starting at `start`. Blank runs between rows are skipped: a PDF page break
 * must not cut a table in two. A row whose first cell is empty continues the row above
 * (a cell broken across a page), so its cells are added to that row's cells.
 */
export function readTabTable(lines: readonly string[], start: number): TabTable | null {
  const first = lines[start];
  if (first === undefined || !startsTable(first)) return null;
  const width = cellsOf(first).length;
  const rows: string[][][] = [cellsOf(first).map((cell) => [cell])];
  let end = start + 1;
  for (let index = start + 1; index < lines.length; index++) {
    const line = lines[index] ?? '';
    if (isBlank(line)) continue;
    const cells = cellsOf(line);
    if (cells.length !== width || filled(cells) === 0 || matchItemHeading(line.trim().replace(/\s+/gu, ' '))) break;
    const previous = rows[rows.length - 1];
    if (cells[0] === '' && previous) cells.forEach((cell, column) => previous[column]?.push(cell));
    else rows.push(cells.map((cell) => [cell]));
    end = index + 1;
  }
  if (end === start + 1) return null;
  return { node: tableNode(rows), end };
}

/** The first row becomes header cells: tab-separated text copied from a sheet or a PDF starts with its column names. */
function tableNode(rows: readonly string[][][]): JSONContent {
  return {
    type: 'table',
    content: rows.map((row, rowIndex) => ({
      type: 'tableRow',
      content: row.map((pieces) => ({ type: rowIndex === 0 ? 'tableHeader' : 'tableCell', content: cellParagraphs(pieces) })),
    })),
  };
}

function cellParagraphs(pieces: readonly string[]): JSONContent[] {
  const texts = pieces.flatMap((piece) => stripStrayHtml(piece)).map((text) => text.replace(/\s+/gu, ' ').trim()).filter(Boolean);
  if (texts.length === 0) return [{ type: 'paragraph' }];
  return texts.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] }));
}
