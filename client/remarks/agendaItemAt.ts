import type { Node as PMNode } from '@tiptap/pm/model';

/** A top-level paragraph (§) of the body: where it starts and its 1-based place among the paragraphs. */
export interface AgendaItemPlace {
  pos: number;
  node: PMNode;
  ordinal: number;
}

/** The paragraph (§) that holds position `pos`, or null for text outside every paragraph. */
export function agendaItemAt(doc: PMNode, pos: number): AgendaItemPlace | null {
  let ordinal = 0;
  let found: AgendaItemPlace | null = null;
  doc.forEach((node, offset) => {
    if (found || node.type.name !== 'agendaItem') return;
    ordinal++;
    if (pos > offset && pos < offset + node.nodeSize) found = { pos: offset, node, ordinal };
  });
  return found;
}
