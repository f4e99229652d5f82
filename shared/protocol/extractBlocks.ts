import type { Node as PMNode } from '@tiptap/pm/model';
import { safeHref } from '../editor/paste/safeHref';
import type { ProtocolBlock, ProtocolInline } from './types';

/**
 * Body blocks (not decisions or action items) as export structure: text with
 * bold, italic and safe links, headings, nested lists and tables. A link
 * whose scheme is not allow-listed keeps its text and loses its target.
 */
export function extractBlocks(nodes: readonly PMNode[]): ProtocolBlock[] {
  return nodes.flatMap(blockOf);
}

function blockOf(node: PMNode): ProtocolBlock[] {
  switch (node.type.name) {
    case 'heading':
      return [{ type: 'heading', level: typeof node.attrs.level === 'number' ? node.attrs.level : 3, inlines: inlinesOf(node) }];
    case 'bulletList':
    case 'orderedList':
      return [
        {
          type: 'list',
          ordered: node.type.name === 'orderedList',
          start: typeof node.attrs.start === 'number' ? node.attrs.start : 1,
          items: node.children.map((item) => extractBlocks(item.children)),
        },
      ];
    case 'table':
      return [
        {
          type: 'table',
          rows: node.children.map((row) => ({
            cells: row.children.map((cell) => ({ header: cell.type.name === 'tableHeader', blocks: extractBlocks(cell.children) })),
          })),
        },
      ];
    case 'horizontalRule':
      return [];
    default:
      return node.isTextblock ? [{ type: 'paragraph', inlines: inlinesOf(node) }] : extractBlocks(node.children);
  }
}

/** The text runs of a textblock; a hard break is a "\n" run. Adjacent runs with the same marks are merged. */
export function inlinesOf(node: PMNode): ProtocolInline[] {
  const runs: ProtocolInline[] = [];
  node.forEach((child) => {
    const run: ProtocolInline = { text: child.isText ? (child.text ?? '') : child.type.name === 'hardBreak' ? '\n' : '' };
    if (!run.text) return;
    for (const mark of child.marks) {
      if (mark.type.name === 'bold') run.bold = true;
      else if (mark.type.name === 'italic') run.italic = true;
      else if (mark.type.name === 'link') {
        const href = safeHref(typeof mark.attrs.href === 'string' ? mark.attrs.href : null);
        if (href) run.href = href;
      }
    }
    const last = runs[runs.length - 1];
    if (last && last.bold === run.bold && last.italic === run.italic && last.href === run.href) last.text += run.text;
    else runs.push(run);
  });
  return runs;
}
