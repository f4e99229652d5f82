import type { Node } from '@tiptap/pm/model';

/** The document range of the first occurrence of `word` in a text node (tests pick words to anchor on). */
export function rangeOfWord(doc: Node, word: string): { from: number; to: number } {
  let found: { from: number; to: number } | null = null;
  doc.descendants((node, pos) => {
    const index = node.isText ? (node.text ?? '').indexOf(word) : -1;
    if (found === null && index >= 0) found = { from: pos + index, to: pos + index + word.length };
  });
  if (found === null) throw new Error(`"${word}" is not in the document`);
  return found;
}
