import type { Node as PMNode } from '@tiptap/pm/model';
import { blocksText } from './blockText';
import { extractActionItem } from './extractActionItem';
import { extractDecision } from './extractDecision';
import { readTextAttr } from './readAttr';
import type { ProtocolItem } from './types';

/**
 * A paragraph (§) as structure from its attributes and valid body blocks:
 * decisions and action items are lifted out, the other blocks become `text`.
 */
export function extractAgendaItem(
  attrs: Readonly<Record<string, unknown>>,
  blocks: readonly PMNode[],
  number: number,
  where: string,
  problems: string[],
): ProtocolItem {
  const item: ProtocolItem = {
    number,
    title: readTextAttr(attrs, 'title', '', where, problems).trim(),
    presenter: readTextAttr(attrs, 'presenter', '', where, problems).trim(),
    text: '',
    decisions: [],
    actionItems: [],
  };
  const textBlocks: PMNode[] = [];
  for (const block of blocks) {
    if (block.type.name === 'decision') {
      const decisionNumber = item.decisions.length + 1;
      item.decisions.push(extractDecision(block, decisionNumber, `${where}, beslut ${decisionNumber}`, problems));
    } else if (block.type.name === 'actionItem') {
      item.actionItems.push(extractActionItem(block, `${where}, uppdrag ${item.actionItems.length + 1}`, problems));
    } else {
      textBlocks.push(block);
    }
  }
  item.text = blocksText(textBlocks);
  return item;
}
