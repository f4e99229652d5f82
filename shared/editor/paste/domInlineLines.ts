import type { JSONContent } from '@tiptap/core';
import { appendInline } from './appendInline';
import { isElement, isSkippedElement, isWordListMarker, styleOf } from './domElement';
import { safeHref } from './safeHref';

type Mark = NonNullable<JSONContent['marks']>[number];

const TEXT_NODE = 3;

/** The marks an inline element adds: bold, italic, underline, strike, and safe links only. */
function marksOf(element: Element): Mark[] {
  const style = styleOf(element);
  const marks: Mark[] = [];
  const name = element.nodeName.toUpperCase();
  // Google Docs wraps the whole clipboard in <b style="font-weight:normal">.
  const weightNormal = /font-weight:(?:normal|[1-5]00)/u.test(style);
  if (((name === 'B' || name === 'STRONG') && !weightNormal) || /font-weight:(?:bold|[6-9]00)/u.test(style)) marks.push({ type: 'bold' });
  if (((name === 'I' || name === 'EM') && !style.includes('font-style:normal')) || style.includes('font-style:italic')) marks.push({ type: 'italic' });
  if (name === 'U') marks.push({ type: 'underline' });
  if (name === 'S' || name === 'STRIKE' || name === 'DEL') marks.push({ type: 'strike' });
  if (name === 'A') {
    const href = safeHref(element.getAttribute('href'));
    if (href) marks.push({ type: 'link', attrs: { href } });
  }
  return marks;
}

function withMarks(marks: readonly Mark[], added: readonly Mark[]): Mark[] {
  const merged = marks.filter((mark) => !added.some((other) => other.type === mark.type));
  return [...merged, ...added];
}

/**
 * The inline content of DOM nodes as lines of inline JSON (a `<br>` starts a new line),
 * whitespace collapsed as a browser shows it, lines trimmed, empty lines dropped.
 */
export function domInlineLines(nodes: readonly Node[]): JSONContent[][] {
  const lines: JSONContent[][] = [[]];
  const visit = (node: Node, marks: readonly Mark[]): void => {
    if (node.nodeType === TEXT_NODE) {
      const text = (node.textContent ?? '').replace(/[\s\u00A0]+/gu, ' ');
      const line = lines[lines.length - 1] ?? [];
      const previous = line[line.length - 1];
      const collapsed = previous?.text?.endsWith(' ') || line.length === 0 ? text.replace(/^ /u, '') : text;
      appendInline(line, [marks.length > 0 ? { type: 'text', text: collapsed, marks: [...marks] } : { type: 'text', text: collapsed }]);
      return;
    }
    if (!isElement(node) || isSkippedElement(node) || isWordListMarker(node)) return;
    if (node.nodeName.toUpperCase() === 'BR') {
      lines.push([]);
      return;
    }
    const inner = withMarks(marks, marksOf(node));
    for (const child of Array.from(node.childNodes)) visit(child, inner);
  };
  for (const node of nodes) visit(node, []);
  return lines.map(trimLineEnd).filter((line) => line.length > 0);
}

function trimLineEnd(line: JSONContent[]): JSONContent[] {
  const result = [...line];
  for (let last = result[result.length - 1]; last?.type === 'text'; last = result[result.length - 1]) {
    const text = (last.text ?? '').replace(/\s+$/u, '');
    if (text) {
      result[result.length - 1] = { ...last, text };
      break;
    }
    result.pop();
  }
  return result;
}
