import { inlineText } from './inlineText';
import { matchItemHeading, type ItemHeading } from './itemHeading';
import type { PasteBlock } from './pasteBlock';

/**
 * Decides which lines start agenda items, by block index. If any line is a `§` heading,
 * only `§` headings count (numbered lines are then lists or text inside the items).
 * Otherwise numbered lines count when they form a running sequence (1., 2., 3. …) of
 * at least two; the longest such sequence wins, so a stray "3. …" in a preamble or a
 * numbered list inside an item ("1. …" under item 4) does not break the agenda.
 */
export function planItems(blocks: readonly PasteBlock[]): Map<number, ItemHeading> {
  const candidates: [number, ItemHeading][] = [];
  blocks.forEach((block, index) => {
    if (block.kind !== 'line' || block.bullet || (block.heading ?? 0) > 3) return;
    const heading = matchItemHeading(inlineText(block.runs).trim());
    if (heading) candidates.push([index, heading]);
  });
  const paragraphs = candidates.filter(([, heading]) => heading.marker === '§');
  if (paragraphs.length > 0) return new Map(paragraphs);
  let best: [number, ItemHeading][] = [];
  candidates.forEach(([, start], startIndex) => {
    const run: [number, ItemHeading][] = [];
    let next = start.number;
    for (const candidate of candidates.slice(startIndex)) {
      if (candidate[1].number !== next) continue;
      run.push(candidate);
      next++;
    }
    if (run.length > best.length) best = run;
  });
  return new Map(best.length >= 2 ? best : []);
}
