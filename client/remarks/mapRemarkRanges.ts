import type { Mappable } from '@tiptap/pm/transform';
import type { DocRange } from './remarkRangeFromAnchor';

/**
 * Ranges carried through a local edit. Text typed at either edge stays
 * outside, as it does for the Yjs anchors; a range whose text was deleted is dropped.
 */
export function mapRemarkRanges(ranges: ReadonlyMap<number, DocRange>, mapping: Mappable): Map<number, DocRange> {
  const mapped = new Map<number, DocRange>();
  for (const [id, range] of ranges) {
    const from = mapping.map(range.from, 1);
    const to = mapping.map(range.to, -1);
    if (from < to) mapped.set(id, { from, to });
  }
  return mapped;
}
