import type { Node as PMNode } from '@tiptap/pm/model';
import type { ActionItemAttrs } from '../../../shared/editor/nodes/actionItem';
import type { ActionStatus } from '../../../shared/protocol/types';

export interface OutlineDecision {
  /** Index among all decisions of the document, to find it again when clicked. */
  index: number;
  /** Ordinal of its paragraph (§) among the paragraphs, 1-based. */
  itemOrdinal: number;
  /** Number within its paragraph, 1-based ("beslut 1"). */
  number: number;
  clauses: string[];
}

export interface OutlineActionItem {
  /** Index among all action items of the document. */
  index: number;
  itemOrdinal: number | null;
  assignee: string;
  task: string;
  due: string;
  status: ActionStatus;
}

/** What the header and the side panel show, derived from the body alone. */
export interface ProtocolOutline {
  itemCount: number;
  decisions: OutlineDecision[];
  actionItems: OutlineActionItem[];
}

/** Walks the body once: paragraphs (§), their decisions and action items, in document order. */
export function protocolOutline(doc: PMNode): ProtocolOutline {
  const outline: ProtocolOutline = { itemCount: 0, decisions: [], actionItems: [] };
  let itemOrdinal: number | null = null;
  let decisionInItem = 0;
  doc.descendants((node, _pos, parent) => {
    const type = node.type.name;
    if (type === 'agendaItem' && parent === doc) {
      outline.itemCount++;
      itemOrdinal = outline.itemCount;
      decisionInItem = 0;
      return true;
    }
    if (type === 'decision') {
      decisionInItem++;
      const clauses: string[] = [];
      node.forEach((clause) => {
        if (clause.type.name === 'decisionClause') clauses.push(clause.textContent.trim());
      });
      outline.decisions.push({ index: outline.decisions.length, itemOrdinal: itemOrdinal ?? 0, number: decisionInItem, clauses });
      return false;
    }
    if (type === 'actionItem') {
      const attrs = node.attrs as ActionItemAttrs;
      outline.actionItems.push({
        index: outline.actionItems.length,
        itemOrdinal,
        assignee: attrs.assignee,
        task: node.textContent.trim(),
        due: attrs.due,
        status: attrs.status,
      });
      return false;
    }
    // Only blocks can hold protocol nodes; inline content holds none.
    return !node.isTextblock;
  });
  return outline;
}
