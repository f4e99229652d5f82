import type { Transaction } from '@tiptap/pm/state';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import { mapRemarkRanges } from './mapRemarkRanges';
import type { YBinding } from './readYBinding';
import { remarkDecorations } from './remarkDecorations';
import { remarkHighlightsKey } from './remarkHighlightsKey';
import type { RemarkHighlightMeta, RemarkHighlightState } from './remarkHighlightsKey';
import { resolveRemarkRanges } from './resolveRemarkRanges';

/** Whether the transaction carries a change that came in through Yjs (another browser, undo, first render). */
function fromYjs(tr: Transaction): boolean {
  const meta: unknown = tr.getMeta(ySyncPluginKey);
  return typeof meta === 'object' && meta !== null && 'isChangeOrigin' in meta && meta.isChangeOrigin === true;
}

/**
 * The next highlight state. A change that came through Yjs replaces the whole
 * ProseMirror document, so the anchors are read again against the Y.Doc, whose
 * mapping is current by then; a local edit is mapped instead, because the
 * Y.Doc catches up with it only after the transaction is applied.
 */
export function applyRemarkHighlights(tr: Transaction, previous: RemarkHighlightState, binding: YBinding | null): RemarkHighlightState {
  const meta = tr.getMeta(remarkHighlightsKey) as RemarkHighlightMeta | undefined;
  const remarks = meta?.remarks ?? previous.remarks;
  const activeId = meta && 'activeId' in meta ? (meta.activeId ?? null) : previous.activeId;
  let ranges = previous.ranges;
  if (meta?.remarks || fromYjs(tr)) ranges = resolveRemarkRanges(binding, remarks, tr.doc.content.size);
  else if (tr.docChanged) ranges = mapRemarkRanges(previous.ranges, tr.mapping);
  if (ranges === previous.ranges && remarks === previous.remarks && activeId === previous.activeId) return previous;
  return { remarks, ranges, activeId, decorations: remarkDecorations(tr.doc, remarks, ranges, activeId) };
}
