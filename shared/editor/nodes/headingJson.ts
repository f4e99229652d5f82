import type { JSONContent } from '@tiptap/core';

/**
 * The title, presenter and lead-in texts from ProseMirror JSON, as
 * headingText.ts reads them from nodes: the heading child's text, or the
 * attribute of a document stored before they became shared text.
 */
export function jsonAgendaTitle(item: JSONContent): string {
  return jsonChildText(item, 'agendaTitle') ?? String(item.attrs?.title ?? '');
}

export function jsonAgendaPresenter(item: JSONContent): string {
  return jsonChildText(item, 'agendaPresenter') ?? String(item.attrs?.presenter ?? '');
}

export function jsonDecisionLeadIn(decision: JSONContent): string {
  return jsonChildText(decision, 'decisionLeadIn') ?? String(decision.attrs?.leadIn ?? '');
}

/** The body of a paragraph (§) or the clauses of a decision: the children after the headings. */
export function jsonAfterHeadings(node: JSONContent): JSONContent[] {
  return (node.content ?? []).filter((child) => !HEADINGS.has(child.type ?? ''));
}

const HEADINGS = new Set(['agendaTitle', 'agendaPresenter', 'decisionLeadIn']);

function jsonChildText(node: JSONContent, type: string): string | null {
  const child = node.content?.slice(0, 2).find((candidate) => candidate.type === type);
  if (!child) return null;
  return (child.content ?? []).map((text) => text.text ?? '').join('');
}
