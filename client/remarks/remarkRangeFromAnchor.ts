import { relativePositionToAbsolutePosition } from '@tiptap/y-tiptap';
import { fromBase64 } from 'lib0/buffer';
import * as Y from 'yjs';
import type { RemarkAnchor } from '../../shared/adjustment/types';
import type { YBinding } from './readYBinding';

/** A range of the ProseMirror document, from < to. */
export interface DocRange {
  from: number;
  to: number;
}

function absolute(binding: YBinding, encoded: string): number | null {
  try {
    const relative = Y.decodeRelativePosition(fromBase64(encoded));
    return relativePositionToAbsolutePosition(binding.doc, binding.type, relative, binding.mapping);
  } catch {
    // An anchor from a forged or truncated request must not break the editor.
    return null;
  }
}

/**
 * Where an anchor's text is now, or null when it is gone: deleted, or never
 * part of this document. `docSize` is the content size of the current
 * ProseMirror document, which the positions must fall inside.
 */
export function remarkRangeFromAnchor(binding: YBinding, anchor: RemarkAnchor, docSize: number): DocRange | null {
  const from = absolute(binding, anchor.start);
  const to = absolute(binding, anchor.end);
  if (from === null || to === null) return null;
  const clampedTo = Math.min(to, docSize);
  return from < clampedTo ? { from, to: clampedTo } : null;
}
