import * as Y from 'yjs';

interface Frame {
  type: Y.XmlFragment;
  children: readonly unknown[];
  next: number;
  height: number;
}

/**
 * How many levels of shared types each XML fragment or element under `root`
 * holds, itself included: 1 for an empty element, 2 for a paragraph with its
 * text. Any child counts as a level; only XML elements are looked into. A
 * work list, not recursion, so it reads a document nested however deep.
 */
export function yTypeHeights(root: Y.XmlFragment): Map<Y.XmlFragment, number> {
  const heights = new Map<Y.XmlFragment, number>();
  const stack: Frame[] = [frame(root)];
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    if (top.next < top.children.length) {
      const child = top.children[top.next++];
      if (child instanceof Y.XmlElement) stack.push(frame(child));
      else top.height = Math.max(top.height, 2);
      continue;
    }
    stack.pop();
    heights.set(top.type, top.height);
    const parent = stack[stack.length - 1];
    if (parent) parent.height = Math.max(parent.height, top.height + 1);
  }
  return heights;
}

function frame(type: Y.XmlFragment): Frame {
  return { type, children: type.toArray(), next: 0, height: 1 };
}
