import type { Node as PMNode } from '@tiptap/pm/model';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { agendaItemAt } from './agendaItemAt';
import type { HighlightedRemark } from './remarkHighlightsKey';
import type { DocRange } from './remarkRangeFromAnchor';

/** Spec of a highlight, so a click can tell which thread it belongs to. */
export interface RemarkHighlightSpec {
  remarkId: number;
}

/**
 * The open threads' text marked in the body (the selected one stronger), and
 * on each paragraph (§) the number of open threads in it, for the badge in
 * the margin next to its title. Resolved threads are not marked: the text
 * then reads as the final protocol.
 */
export function remarkDecorations(doc: PMNode, remarks: readonly HighlightedRemark[], ranges: ReadonlyMap<number, DocRange>, activeId: number | null): DecorationSet {
  const decorations: Decoration[] = [];
  const perItem = new Map<number, { end: number; count: number }>();
  for (const remark of remarks) {
    const range = ranges.get(remark.id);
    if (remark.resolved || !range) continue;
    const spec: RemarkHighlightSpec = { remarkId: remark.id };
    decorations.push(
      Decoration.inline(
        range.from,
        range.to,
        {
          class: remark.id === activeId ? 'remark-highlight is-active' : 'remark-highlight',
          'data-remark-id': String(remark.id),
          'data-testid': 'remark-highlight',
        },
        spec,
      ),
    );
    const item = agendaItemAt(doc, range.from);
    if (item) perItem.set(item.pos, { end: item.pos + item.node.nodeSize, count: (perItem.get(item.pos)?.count ?? 0) + 1 });
  }
  for (const [pos, { end, count }] of perItem) {
    decorations.push(Decoration.node(pos, end, { 'data-remark-count': String(count) }));
  }
  return DecorationSet.create(doc, decorations);
}
