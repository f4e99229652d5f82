import type { ReactNodeViewRendererOptions } from '@tiptap/react';
import { ordinalOf } from './ordinalOf';

type UpdateProps = Parameters<NonNullable<ReactNodeViewRendererOptions['update']>>[0];

/**
 * A node view update that re-renders when the node or its numbering changed.
 * TipTap's default skips unchanged nodes, so an item would keep its old
 * number when another is inserted above it.
 */
export function rerenderOnNumbering({ oldNode, newNode, oldDecorations, newDecorations, updateProps }: UpdateProps): boolean {
  const before = ordinalOf(oldDecorations);
  const after = ordinalOf(newDecorations);
  const renumbered = before?.protocolOrdinal !== after?.protocolOrdinal || before?.itemOrdinal !== after?.itemOrdinal;
  if (oldNode !== newNode || renumbered) updateProps();
  return true;
}
