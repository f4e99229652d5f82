import type { JSONContent } from '@tiptap/core';

const sameMarks = (a: JSONContent, b: JSONContent): boolean => JSON.stringify(a.marks ?? []) === JSON.stringify(b.marks ?? []);

/** Appends inline nodes, merging neighbouring text with the same marks and dropping empty text. */
export function appendInline(target: JSONContent[], runs: readonly JSONContent[]): void {
  for (const run of runs) {
    if (run.type === 'text' && !run.text) continue;
    const last = target[target.length - 1];
    if (last?.type === 'text' && run.type === 'text' && sameMarks(last, run)) {
      target[target.length - 1] = { ...last, text: `${last.text ?? ''}${run.text ?? ''}` };
    } else {
      target.push(run);
    }
  }
}
