import { PluginKey } from '@tiptap/pm/state';
import type { DecorationSet } from '@tiptap/pm/view';
import type { RemarkAnchor } from '../../shared/adjustment/types';
import type { DocRange } from './remarkRangeFromAnchor';

/** What the highlights need of a thread: its anchor and whether it is still open. */
export interface HighlightedRemark {
  id: number;
  anchor: RemarkAnchor;
  resolved: boolean;
}

export interface RemarkHighlightState {
  remarks: readonly HighlightedRemark[];
  /** Where each thread's text is now, by root remark id; missing when the text is gone. */
  ranges: ReadonlyMap<number, DocRange>;
  /** The thread selected in the text or the panel. */
  activeId: number | null;
  decorations: DecorationSet;
}

/** Meta of a transaction that pushes a new list of threads or selects one. */
export interface RemarkHighlightMeta {
  remarks?: readonly HighlightedRemark[];
  activeId?: number | null;
}

export const remarkHighlightsKey = new PluginKey<RemarkHighlightState>('remarkHighlights');
