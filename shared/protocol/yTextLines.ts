import * as Y from 'yjs';
import { TEXT_ATTRS } from './jsonText';

/**
 * The words of shared XML types as plain text lines, as jsonText reads
 * JSON: an element's text attributes first, then each text on a line of its
 * own. A work list, not recursion, so it reads types nested however deep;
 * types that are not XML hold no words of a document and are passed over.
 */
export function yTextLines(types: readonly unknown[]): string[] {
  const lines: string[] = [];
  const work: unknown[] = types.toReversed();
  while (work.length > 0) {
    const type = work.pop();
    if (type instanceof Y.XmlText) {
      const delta = type.toDelta() as { insert?: unknown }[];
      const text = delta
        .map((op) => (typeof op.insert === 'string' ? op.insert : ''))
        .join('')
        .trim();
      if (text) lines.push(text);
    } else if (type instanceof Y.XmlElement) {
      for (const name of TEXT_ATTRS) {
        const value: unknown = type.getAttribute(name);
        if (typeof value === 'string' && value.trim()) lines.push(value.trim());
      }
      const children = type.toArray();
      for (let index = children.length - 1; index >= 0; index--) work.push(children[index]);
    }
  }
  return lines;
}
