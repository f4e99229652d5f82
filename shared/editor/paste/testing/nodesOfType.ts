import type { JSONContent } from '@tiptap/core';

/** All nodes of a type in a JSON tree, in document order. */
export function nodesOfType(json: JSONContent, type: string): JSONContent[] {
  const found: JSONContent[] = [];
  const visit = (node: JSONContent): void => {
    if (node.type === type) found.push(node);
    node.content?.forEach(visit);
  };
  visit(json);
  return found;
}

/** The text of a node: its text nodes joined, textblocks separated by a newline. */
export function textOf(json: JSONContent): string {
  if (json.type === 'text') return json.text ?? '';
  const parts = (json.content ?? []).map(textOf);
  return json.content?.some((child) => child.type === 'text') ? parts.join('') : parts.join('\n');
}
