import type { JSONContent } from '@tiptap/core';
import { appendInline } from './appendInline';
import type { LineContinuation } from './lineContinuation';

/** Joins a continued line's inline nodes onto the content of the textblock it continues. */
export function joinInline(target: JSONContent[], runs: readonly JSONContent[], how: LineContinuation): void {
  if (how === 'hyphenation') dropTrailingHyphen(target);
  appendInline(target, how === 'wrap' ? [{ type: 'text', text: ' ' }, ...runs] : runs);
}

function dropTrailingHyphen(target: JSONContent[]): void {
  const last = target[target.length - 1];
  if (last?.type !== 'text' || !last.text?.endsWith('-')) return;
  const text = last.text.slice(0, -1);
  if (text) target[target.length - 1] = { ...last, text };
  else target.pop();
}
