import type { JSONContent } from '@tiptap/core';
import type { Node as PMNode, ResolvedPos, Schema } from '@tiptap/pm/model';
import type { EditorState, Transaction } from '@tiptap/pm/state';
import { TextSelection } from '@tiptap/pm/state';
import { agendaItemDepth } from '../nodes/agendaItem';
import { blocksToItemBody } from './blocksToItemBody';
import { blocksToProtocol } from './blocksToProtocol';
import type { PasteBlock } from './pasteBlock';

/** A transaction inserting a recognised paste, and the first item number it held. */
export interface ProtocolPasteTransaction {
  tr: Transaction;
  firstNumber: number | null;
}

/**
 * Builds the transaction that puts pasted blocks into the document, or returns null
 * when they hold no agenda item and no decision (or do not fit the schema), so that
 * the default paste runs. Items go in as a top-level sequence: after the item holding
 * the cursor, or in place of the empty line / after the line at the top level. Without
 * items, decisions go into the body of the item holding the cursor.
 */
export function protocolPasteTransaction(state: EditorState, blocks: readonly PasteBlock[]): ProtocolPasteTransaction | null {
  if (state.selection.$from.parent.type.spec.code) return null;
  const protocol = blocksToProtocol(blocks);
  if (protocol.itemCount > 0) {
    const nodes = nodesFromJSON(state.schema, protocol.doc.content ?? []);
    if (!nodes) return null;
    const tr = state.tr.deleteSelection();
    const $pos = tr.selection.$from;
    const itemDepth = agendaItemDepth($pos);
    if (itemDepth > 0) insertAt(tr, $pos.after(itemDepth), $pos.after(itemDepth), nodes);
    else insertAround(tr, $pos, 1, nodes);
    return { tr, firstNumber: protocol.firstNumber };
  }
  if (agendaItemDepth(state.selection.$from) < 0) return null;
  const body = blocksToItemBody(blocks);
  if (body.decisionCount === 0) return null;
  const nodes = nodesFromJSON(state.schema, body.content);
  if (!nodes) return null;
  const tr = state.tr.deleteSelection();
  const $pos = tr.selection.$from;
  // A selection reaching over several items may leave the cursor outside any.
  const itemDepth = agendaItemDepth($pos);
  if (itemDepth < 0) return null;
  insertAround(tr, $pos, itemDepth + 1, nodes);
  return { tr, firstNumber: null };
}

/** Schema nodes from JSON, or null if any does not fit: a bad conversion must not lose the paste. */
function nodesFromJSON(schema: Schema, content: readonly JSONContent[]): PMNode[] | null {
  try {
    const nodes = content.map((json) => schema.nodeFromJSON(json));
    for (const node of nodes) node.check();
    return nodes;
  } catch {
    return null;
  }
}

/**
 * Inserts in place of the block at `depth` around the cursor if it is an empty line,
 * before it if the cursor is at its very start, after it otherwise (a line is not split).
 */
function insertAround(tr: Transaction, $pos: ResolvedPos, depth: number, nodes: readonly PMNode[]): void {
  if ($pos.depth < depth) {
    insertAt(tr, $pos.pos, $pos.pos, nodes);
    return;
  }
  const block = $pos.node(depth);
  const before = $pos.before(depth);
  const after = $pos.after(depth);
  if (block.type.name === 'paragraph' && block.content.size === 0) insertAt(tr, before, after, nodes);
  else if ($pos.depth === depth && $pos.parentOffset === 0) insertAt(tr, before, before, nodes);
  else insertAt(tr, after, after, nodes);
}

function insertAt(tr: Transaction, from: number, to: number, nodes: readonly PMNode[]): void {
  tr.replaceWith(from, to, nodes);
  const end = from + nodes.reduce((size, node) => size + node.nodeSize, 0);
  tr.setSelection(TextSelection.near(tr.doc.resolve(end), -1));
}
