import type { Node as PMNode } from '@tiptap/pm/model';
import { blocksText } from './blockText';
import { extractBlocks } from './extractBlocks';
import { extractActionItem } from './extractActionItem';
import { extractDecision } from './extractDecision';
import { readTextAttr } from './readAttr';
import type { ProtocolBlock, ProtocolItem } from './types';

/**
 * A paragraph (§) as structure from its attributes and valid body blocks:
 * decisions and action items are lifted out, the other blocks become `text`,
 * and with `withBlocks` also `blocks`, the body in order for the exports.
 */
export function extractAgendaItem(
  attrs: Readonly<Record<string, unknown>>,
  blocks: readonly PMNode[],
  number: number,
  where: string,
  problems: string[],
  withBlocks = false,
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
  const ordered: ProtocolBlock[] = [];
  for (const block of blocks) {
    if (block.type.name === 'decision') {
      const decisionNumber = item.decisions.length + 1;
      ordered.push({ type: 'decision', index: item.decisions.length });
      item.decisions.push(extractDecision(block, decisionNumber, `${where}, beslut ${decisionNumber}`, problems));
    } else if (block.type.name === 'actionItem') {
      ordered.push({ type: 'actionItem', index: item.actionItems.length });
      item.actionItems.push(extractActionItem(block, `${where}, uppdrag ${item.actionItems.length + 1}`, problems));
    } else {
      textBlocks.push(block);
      if (withBlocks) ordered.push(...extractBlocks([block]));
    }
  }
  item.text = blocksText(textBlocks);
  if (withBlocks) item.blocks = ordered;
  return item;
}
