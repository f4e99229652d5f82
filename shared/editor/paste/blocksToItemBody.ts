import type { JSONContent } from '@tiptap/core';
import type { PasteBlock } from './pasteBlock';
import { ProtocolBuilder } from './protocolBuilder';

/** Pasted content for the body of one agenda item. */
export interface ItemBodyPasteResult {
  /** Blocks an `agendaItem` may hold (paragraphs, lists, tables, decisions). */
  content: JSONContent[];
  decisionCount: number;
}

/**
 * Recognises decisions (not items: an item cannot hold another) in read blocks,
 * for a paste into the body of the item holding the cursor.
 */
export function blocksToItemBody(blocks: readonly PasteBlock[]): ItemBodyPasteResult {
  const builder = new ProtocolBuilder('itemBody');
  for (const block of blocks) {
    if (block.kind === 'node') builder.addNode(block);
    else builder.addLine(block);
  }
  const { leading, decisionCount } = builder.finish();
  return { content: leading, decisionCount };
}
