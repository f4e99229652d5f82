import { bulletMarkerLength } from './bulletMarkerLength';
import type { PasteBlock } from './pasteBlock';
import { readTabTable } from './tabTable';
import { stripStrayHtml } from './stripStrayHtml';

/**
 * Splits plain text into lines and tab-separated tables. Line breaks, page breaks
 * (form feeds, blank runs) and soft hyphens are normalised; stray HTML tags are
 * stripped; whitespace inside a line collapses. Joining wrapped lines is left to the
 * structure step, which knows whether a line starts a clause.
 */
export function textToBlocks(text: string): PasteBlock[] {
  const lines = text.replace(/\r\n?/gu, '\n').replace(/\f/gu, '\n\n').replace(/\u00AD/gu, '').split('\n');
  const blocks: PasteBlock[] = [];
  let blankBefore = false;
  for (let index = 0; index < lines.length; ) {
    const line = lines[index] ?? '';
    if (line.trim() === '') {
      blankBefore = true;
      index++;
      continue;
    }
    const table = readTabTable(lines, index);
    if (table) {
      blocks.push({ kind: 'node', node: table.node });
      index = table.end;
      blankBefore = false;
      continue;
    }
    const trimmed = line.trim();
    const marker = bulletMarkerLength(trimmed);
    const pieces = stripStrayHtml(trimmed.slice(marker)).map((piece) => piece.replace(/\s+/gu, ' ').trim()).filter(Boolean);
    pieces.forEach((piece, pieceIndex) => {
      blocks.push({
        kind: 'line',
        runs: [{ type: 'text', text: piece }],
        blankBefore: pieceIndex === 0 ? blankBefore : true,
        joinable: pieceIndex === 0,
        bullet: marker > 0 && pieceIndex === 0,
      });
    });
    // A line of nothing but tags ("<p></p>") separates like a blank line.
    blankBefore = pieces.length === 0;
    index++;
  }
  return blocks;
}
