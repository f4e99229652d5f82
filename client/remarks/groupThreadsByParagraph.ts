import type { Node as PMNode } from '@tiptap/pm/model';
import { agendaItemAt } from './agendaItemAt';
import type { DocRange } from './remarkRangeFromAnchor';
import type { RemarkThread } from './RemarkThread';
import { agendaTitleOf } from '../../shared/editor/nodes/headingText';

/** A thread with the place of its text now; null when the text is gone. */
export interface PlacedThread {
  thread: RemarkThread;
  range: DocRange | null;
}

/** The threads on one paragraph (§); ordinal null holds those outside every paragraph or whose text is gone. */
export interface ParagraphThreads {
  ordinal: number | null;
  /** The paragraph's title; '' for the group without a paragraph. */
  title: string;
  threads: PlacedThread[];
}

/**
 * Threads grouped by the paragraph (§) their text is in, in document order,
 * so that a reviewer reads the remarks in the order of the protocol; threads
 * without a place come last, in the order they were written.
 */
export function groupThreadsByParagraph(doc: PMNode, threads: readonly RemarkThread[], ranges: ReadonlyMap<number, DocRange>): ParagraphThreads[] {
  const groups = new Map<number | null, ParagraphThreads>();
  for (const thread of threads) {
    const range = ranges.get(thread.root.id) ?? null;
    const item = range ? agendaItemAt(doc, range.from) : null;
    const ordinal = item?.ordinal ?? null;
    const group = groups.get(ordinal) ?? { ordinal, title: item ? agendaTitleOf(item.node) : '', threads: [] };
    group.threads.push({ thread, range });
    groups.set(ordinal, group);
  }
  const position = (placed: PlacedThread) => placed.range?.from ?? Number.POSITIVE_INFINITY;
  return [...groups.values()]
    .map((group) => ({ ...group, threads: group.threads.sort((a, b) => position(a) - position(b)) }))
    .sort((a, b) => (a.ordinal ?? Number.POSITIVE_INFINITY) - (b.ordinal ?? Number.POSITIVE_INFINITY));
}
