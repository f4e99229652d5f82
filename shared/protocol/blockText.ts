import type { Node as PMNode } from '@tiptap/pm/model';
import { appendAll } from './appendAll';

/**
 * Plain text of body blocks for the structured protocol and for search:
 * blocks separated by a blank line, list items as "- " (or "1. ") lines,
 * nested lists indented, table rows as cells joined by " | ".
 */
export function blocksText(blocks: readonly PMNode[]): string {
  return blocks
    .map(blockText)
    .filter((text) => text.length > 0)
    .join('\n\n');
}

function blockText(node: PMNode): string {
  switch (node.type.name) {
    case 'bulletList':
    case 'orderedList':
      return listLines(node, 0).join('\n');
    case 'table':
      return node.children
        .map((row) => row.children.map(cellText).join(' | '))
        .join('\n');
    case 'horizontalRule':
      return '';
    default:
      return node.isTextblock ? inlineText(node) : blocksText(node.children);
  }
}

/** Text of a textblock; a hard break stays a line break. */
export function inlineText(node: PMNode): string {
  return node.textBetween(0, node.content.size, '\n', (leaf) => (leaf.type.name === 'hardBreak' ? '\n' : '')).trim();
}

function listLines(list: PMNode, depth: number): string[] {
  const ordered = list.type.name === 'orderedList';
  const start = typeof list.attrs.start === 'number' ? list.attrs.start : 1;
  const pad = '  '.repeat(depth);
  const lines: string[] = [];
  list.children.forEach((item, index) => {
    const marker = ordered ? `${start + index}. ` : '- ';
    item.children.forEach((child, childIndex) => {
      if (child.type.name === 'bulletList' || child.type.name === 'orderedList') {
        appendAll(lines, listLines(child, depth + 1));
      } else {
        const prefix = childIndex === 0 ? marker : ' '.repeat(marker.length);
        lines.push(`${pad}${prefix}${blockText(child)}`);
      }
    });
  });
  return lines;
}

/** A cell on one line: its blocks joined by a space. */
function cellText(cell: PMNode): string {
  return blocksText(cell.children).replace(/\s*\n+\s*/g, ' ');
}
