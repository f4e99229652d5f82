import type { Node as PMNode } from '@tiptap/pm/model';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

/** What a node view learns from its decoration: its place among its kind. */
export interface OrdinalSpec {
  /** 1-based: a paragraph (§) among the paragraphs, a decision within its paragraph. */
  protocolOrdinal: number;
  /** For a decision: the ordinal of its paragraph, so that it can be cited ("§ 20, beslut 1"). */
  itemOrdinal: number;
}

/**
 * Node decorations carrying each paragraph's and decision's position among
 * its kind. Decorations reach node views on every change that moves them,
 * even when the node itself is unchanged, which is what a renumbering is.
 */
export function numberingDecorations(doc: PMNode): DecorationSet {
  const decorations: Decoration[] = [];
  let itemOrdinal = 0;
  doc.forEach((item, itemOffset) => {
    if (item.type.name !== 'agendaItem') return;
    itemOrdinal++;
    const spec: OrdinalSpec = { protocolOrdinal: itemOrdinal, itemOrdinal };
    decorations.push(Decoration.node(itemOffset, itemOffset + item.nodeSize, {}, spec));
    let decisionOrdinal = 0;
    item.forEach((child, childOffset) => {
      if (child.type.name !== 'decision') return;
      decisionOrdinal++;
      const from = itemOffset + 1 + childOffset;
      const decisionSpec: OrdinalSpec = { protocolOrdinal: decisionOrdinal, itemOrdinal };
      decorations.push(Decoration.node(from, from + child.nodeSize, {}, decisionSpec));
    });
  });
  return DecorationSet.create(doc, decorations);
}
