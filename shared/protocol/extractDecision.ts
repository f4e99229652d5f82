import type { Node as PMNode } from '@tiptap/pm/model';
import { DEFAULT_DECISION_LEAD_IN } from '../editor/nodes/decision';
import { inlineText } from './blockText';
import type { ProtocolDecision } from './types';

/** A decision node as structure; `number` is its 1-based place among the decisions of its paragraph. */
export function extractDecision(node: PMNode, number: number): ProtocolDecision {
  const clauses = node.children.filter((child) => child.type.name === 'decisionClause').map(inlineText);
  // The lead-in is the first child (readBodyJson gives one to a decision of the older shape).
  const leadIn = node.firstChild?.type.name === 'decisionLeadIn' ? node.firstChild.textContent.trim() : DEFAULT_DECISION_LEAD_IN;
  return {
    number,
    leadIn,
    clauses,
    text: clauses.join('\n'),
  };
}
