import type { JSONContent } from '@tiptap/core';

/** The plain text of inline JSON nodes (hard breaks count as a space). */
export function inlineText(runs: readonly JSONContent[]): string {
  return runs.map((run) => (run.type === 'text' ? (run.text ?? '') : run.type === 'hardBreak' ? ' ' : '')).join('');
}
