import type { HighlightedRemark } from './remarkHighlightsKey';
import type { YBinding } from './readYBinding';
import { remarkRangeFromAnchor } from './remarkRangeFromAnchor';
import type { DocRange } from './remarkRangeFromAnchor';

/** Every thread's anchor read against the Y.Doc as it is now; threads whose text is gone are left out. */
export function resolveRemarkRanges(binding: YBinding | null, remarks: readonly HighlightedRemark[], docSize: number): Map<number, DocRange> {
  const ranges = new Map<number, DocRange>();
  if (!binding) return ranges;
  for (const remark of remarks) {
    const range = remarkRangeFromAnchor(binding, remark.anchor, docSize);
    if (range) ranges.set(remark.id, range);
  }
  return ranges;
}
