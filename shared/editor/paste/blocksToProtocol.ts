import type { JSONContent } from '@tiptap/core';
import type { PasteBlock } from './pasteBlock';
import { planItems } from './planItems';
import { ProtocolBuilder } from './protocolBuilder';
import type { ProtocolPasteResult } from './protocolPasteResult';

/** Recognises items and decisions in read blocks and returns a whole protocol `doc`. */
export function blocksToProtocol(blocks: readonly PasteBlock[]): ProtocolPasteResult {
  const headings = planItems(blocks);
  const builder = new ProtocolBuilder('document');
  blocks.forEach((block, index) => {
    const heading = headings.get(index);
    if (heading) builder.startItem(heading);
    else if (block.kind === 'node') builder.addNode(block);
    else builder.addLine(block);
  });
  const { leading, items, firstNumber, decisionCount } = builder.finish();
  const content: JSONContent[] = [...leading, ...items];
  return {
    doc: { type: 'doc', content: content.length > 0 ? content : [{ type: 'paragraph' }] },
    firstNumber,
    itemCount: items.length,
    decisionCount,
  };
}
