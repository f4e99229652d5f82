import { jsonNodeType } from './parseNode';

/** Attributes of the shared schema that hold typed text (a § title, a lead-in, an assignee). */
export const TEXT_ATTRS = ['title', 'presenter', 'leadIn', 'assignee'] as const;

/** Marks the end of a block in the work list: its run of text ends there. */
const END = Symbol('end of block');

/**
 * The words of ProseMirror JSON that did not fit the schema, as plain text:
 * text runs of a block on one line, blocks on lines of their own, text
 * attributes first. Reads anything a forged client may have written, nested
 * however deep (a work list, not recursion); never throws.
 */
export function jsonText(json: unknown): string {
  const lines: string[] = [];
  let run = '';
  const endRun = () => {
    if (run.trim()) lines.push(run.trim());
    run = '';
  };
  const work: unknown[] = [json];
  while (work.length > 0) {
    const node = work.pop();
    if (node === END) endRun();
    if (typeof node !== 'object' || node === null) continue;
    const record = node as { text?: unknown; attrs?: unknown; content?: unknown };
    const type = jsonNodeType(node);
    if (type === 'text') {
      if (typeof record.text === 'string') run += record.text;
      continue;
    }
    endRun();
    if (type === 'hardBreak') continue;
    lines.push(...attrLines(record.attrs));
    const content = Array.isArray(record.content) ? (record.content as unknown[]) : [];
    // One push per child: a forged node may have more children than a call takes arguments.
    work.push(END);
    for (let index = content.length - 1; index >= 0; index--) work.push(content[index]);
  }
  endRun();
  return lines.join('\n');
}

function attrLines(attrs: unknown): string[] {
  if (typeof attrs !== 'object' || attrs === null) return [];
  const record = attrs as Record<string, unknown>;
  return TEXT_ATTRS.map((name) => record[name]).filter((value): value is string => typeof value === 'string' && value.trim().length > 0).map((value) => value.trim());
}
