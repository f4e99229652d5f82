import type { Remark } from '../../shared/adjustment/types';
import type { RemarkThread } from './RemarkThread';

const byTime = (a: Remark, b: Remark) => a.createdAt.localeCompare(b.createdAt) || a.id - b.id;

/**
 * The server's flat list as threads, oldest first. A reply to a reply joins
 * its thread's root; a reply whose thread is unknown is left out rather than
 * shown without the text it answers.
 */
export function buildThreads(remarks: readonly Remark[]): RemarkThread[] {
  const byId = new Map(remarks.map((remark) => [remark.id, remark]));
  const rootOf = (remark: Remark): Remark | null => {
    let current: Remark | undefined = remark;
    const seen = new Set<number>();
    while (current && current.parentId !== null) {
      // A cycle can only come from a corrupt list; it must not hang the page.
      if (seen.has(current.id)) return null;
      seen.add(current.id);
      current = byId.get(current.parentId);
    }
    return current ?? null;
  };
  const threads = new Map<number, RemarkThread>();
  for (const remark of [...remarks].sort(byTime)) {
    if (remark.parentId === null) {
      threads.set(remark.id, { root: remark, replies: [] });
    }
  }
  for (const remark of [...remarks].sort(byTime)) {
    if (remark.parentId === null) continue;
    const root = rootOf(remark);
    if (root) threads.get(root.id)?.replies.push(remark);
  }
  return [...threads.values()];
}
