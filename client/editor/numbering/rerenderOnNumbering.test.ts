import { getSchema } from '@tiptap/core';
import { Decoration } from '@tiptap/pm/view';
import { describe, expect, it, vi } from 'vitest';
import { protocolExtensions } from '../../../shared/editor/extensions';
import { rerenderOnNumbering } from './rerenderOnNumbering';

const schema = getSchema(protocolExtensions());
const node = schema.nodeFromJSON({ type: 'agendaItem', attrs: { title: 'Mötets öppnande' }, content: [{ type: 'paragraph' }] });
const numbered = (ordinal: number) => [Decoration.node(0, node.nodeSize, {}, { protocolOrdinal: ordinal, itemOrdinal: ordinal })];

function update(oldOrdinal: number, newOrdinal: number, newNode = node) {
  const updateProps = vi.fn();
  const kept = rerenderOnNumbering({
    oldNode: node,
    newNode,
    oldDecorations: numbered(oldOrdinal),
    newDecorations: numbered(newOrdinal),
    oldInnerDecorations: undefined as never,
    innerDecorations: undefined as never,
    updateProps,
  });
  return { kept, rerendered: updateProps.mock.calls.length > 0 };
}

describe('rerenderOnNumbering', () => {
  it('re-renders an unchanged paragraph whose number changed, since another was inserted above it', () => {
    expect(update(1, 2)).toEqual({ kept: true, rerendered: true });
  });

  it('skips the render when neither the node nor its number changed', () => {
    expect(update(2, 2)).toEqual({ kept: true, rerendered: false });
  });

  it('re-renders a changed node', () => {
    expect(update(2, 2, node.type.create({ title: 'Ny rubrik' }, node.content))).toEqual({ kept: true, rerendered: true });
  });
});
