import type { JSONContent } from '@tiptap/core';
import { textOf } from './nodesOfType';

/** How often each word (letters and digits) occurs in a text. */
export function wordCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of text.match(/[\p{L}\p{N}]+/gu) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

/** Every word of a converted document: its text and the text held in attributes (titles, presenters, lead-ins). */
export function documentWords(json: JSONContent): Map<string, number> {
  const attributeText: string[] = [];
  const visit = (node: JSONContent): void => {
    for (const key of ['title', 'presenter', 'leadIn']) {
      const value: unknown = node.attrs?.[key];
      if (typeof value === 'string') attributeText.push(value);
    }
    node.content?.forEach(visit);
  };
  visit(json);
  return wordCounts(`${attributeText.join('\n')}\n${textOf(json)}`);
}

/** Words counted more often in `a` than in `b`, with the difference. */
export function missingWords(a: Map<string, number>, b: Map<string, number>): Record<string, number> {
  const missing: Record<string, number> = {};
  for (const [word, count] of a) if (count > (b.get(word) ?? 0)) missing[word] = count - (b.get(word) ?? 0);
  return missing;
}
