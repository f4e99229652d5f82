import type { Node as PMNode } from '@tiptap/pm/model';
import { DEFAULT_DECISION_LEAD_IN } from '../editor/nodes/decision';
import { inlineText } from './blockText';
import { readTextAttr } from './readAttr';
import type { ProtocolDecision } from './types';

/** A decision node as structure; `number` is its 1-based place among the decisions of its paragraph. */
export function extractDecision(node: PMNode, number: number, where: string, problems: string[]): ProtocolDecision {
  const clauses = node.children.map(inlineText);
  return {
    number,
    leadIn: readTextAttr(node.attrs, 'leadIn', DEFAULT_DECISION_LEAD_IN, where, problems),
    clauses,
    text: clauses.join('\n'),
  };
}
