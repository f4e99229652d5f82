import type { Remark } from '../../shared/adjustment/types';

/** The list with `remark` added or replaced by id, so the author sees a change before the server's event arrives. */
export function upsertRemark(remarks: readonly Remark[], remark: Remark): Remark[] {
  const index = remarks.findIndex((existing) => existing.id === remark.id);
  if (index < 0) return [...remarks, remark];
  return remarks.map((existing, at) => (at === index ? remark : existing));
}
