import type { Node as PMNode } from '@tiptap/pm/model';

/** Position of the n-th node of a type in document order, or null when it is gone. */
export function nthNodePos(doc: PMNode, typeName: string, index: number): number | null {
  let seen = 0;
  let found: number | null = null;
  doc.descendants((node, pos) => {
    if (found !== null) return false;
    if (node.type.name === typeName) {
      if (seen === index) found = pos;
      seen++;
      return false;
    }
    return !node.isTextblock;
  });
  return found;
}
