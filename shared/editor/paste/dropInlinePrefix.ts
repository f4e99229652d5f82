import type { JSONContent } from '@tiptap/core';

/**
 * Inline JSON nodes without their first `length` characters, marks kept; used to
 * cut a recognised lead-in ("Mötet beslutar att:") off a line that goes on.
 */
export function dropInlinePrefix(runs: readonly JSONContent[], length: number): JSONContent[] {
  const result: JSONContent[] = [];
  let toDrop = length;
  for (const run of runs) {
    const text = run.type === 'text' ? (run.text ?? '') : ' ';
    if (toDrop >= text.length) {
      toDrop -= text.length;
      continue;
    }
    if (toDrop > 0 && run.type === 'text') result.push({ ...run, text: text.slice(toDrop) });
    else result.push(run);
    toDrop = 0;
  }
  return trimInlineStart(result);
}

function trimInlineStart(runs: JSONContent[]): JSONContent[] {
  const [first, ...rest] = runs;
  if (!first || first.type !== 'text') return runs;
  const text = (first.text ?? '').replace(/^\s+/u, '');
  return text ? [{ ...first, text }, ...rest] : trimInlineStart(rest);
}
