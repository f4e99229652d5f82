import type { ProtocolBlock } from '../../shared/protocol/types';

/**
 * Blocks as plain paragraphs, for places that cannot nest (a table cell in
 * PDF): list items become "• " or "1. " lines, tables rows of " | ".
 * Decisions and action items are not expected inside a cell and are left out.
 */
export function blockParagraphs(blocks: readonly ProtocolBlock[]): string[] {
  return blocks.flatMap((block): string[] => {
    switch (block.type) {
      case 'paragraph':
      case 'heading':
        return [block.inlines.map((run) => run.text).join('')];
      case 'list':
        return block.items.flatMap((item, index) =>
          blockParagraphs(item).map((line, lineIndex) => (lineIndex === 0 ? `${block.ordered ? `${block.start + index}.` : '•'} ${line}` : `   ${line}`)),
        );
      case 'table':
        return block.rows.map((row) => row.cells.map((cell) => blockParagraphs(cell.blocks).join(' ')).join(' | '));
      case 'unstructured':
        return block.text.split('\n');
      default:
        return [];
    }
  });
}
