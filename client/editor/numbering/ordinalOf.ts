import type { Decoration } from '@tiptap/pm/view';
import type { OrdinalSpec } from './numberingDecorations';

function isOrdinalSpec(spec: unknown): spec is OrdinalSpec {
  return typeof spec === 'object' && spec !== null && 'protocolOrdinal' in spec && typeof spec.protocolOrdinal === 'number';
}

/** The numbering a node view's decorations carry, or null before the first computation. */
export function ordinalOf(decorations: readonly Decoration[]): OrdinalSpec | null {
  for (const decoration of decorations) {
    const spec: unknown = decoration.spec;
    if (isOrdinalSpec(spec)) return spec;
  }
  return null;
}
