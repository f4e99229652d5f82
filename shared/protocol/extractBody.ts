import { appendAll } from './appendAll';
import { blocksText } from './blockText';
import type { BodyPart } from './bodyPart';
import { extractActionItem } from './extractActionItem';
import { extractBlocks } from './extractBlocks';
import { extractDecision } from './extractDecision';
import type { ProtocolActionItem, ProtocolBlock, ProtocolDecision } from './types';

export interface ExtractedBody {
  text: string;
  decisions: ProtocolDecision[];
  actionItems: ProtocolActionItem[];
  blocks?: ProtocolBlock[];
}

/**
 * The blocks of a § body or of a run outside any §: decisions and action
 * items are lifted out, the rest becomes `text` (unstructured parts too, so
 * the REST reader has every word), and with `withBlocks` also `blocks`, the
 * body in order for the exports. `where` names the place in problems ("§ 3").
 */
export function extractBody(parts: readonly BodyPart[], where: string, problems: string[], withBlocks: boolean): ExtractedBody {
  const body: ExtractedBody = { text: '', decisions: [], actionItems: [] };
  const texts: string[] = [];
  const ordered: ProtocolBlock[] = [];
  for (const part of parts) {
    if (part.kind === 'unstructured') {
      texts.push(part.text);
      ordered.push({ type: 'unstructured', text: part.text });
      continue;
    }
    const block = part.node;
    if (block.type.name === 'decision') {
      const number = body.decisions.length + 1;
      ordered.push({ type: 'decision', index: body.decisions.length });
      body.decisions.push(extractDecision(block, number));
    } else if (block.type.name === 'actionItem') {
      ordered.push({ type: 'actionItem', index: body.actionItems.length });
      body.actionItems.push(extractActionItem(block, `${where}, uppdrag ${body.actionItems.length + 1}`, problems));
    } else {
      texts.push(blocksText([block]));
      if (withBlocks) appendAll(ordered, extractBlocks([block]));
    }
  }
  body.text = texts.filter((text) => text.length > 0).join('\n\n');
  if (withBlocks) body.blocks = ordered;
  return body;
}
