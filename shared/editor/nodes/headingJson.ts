import type { JSONContent } from '@tiptap/core';

/**
 * The title, presenter and lead-in texts from ProseMirror JSON of the
 * current shape (templates, paste, tests), as headingText.ts reads them
 * from nodes. JSON of the older shape is converted first (protocol/headingsAsText).
 */
export function jsonAgendaTitle(item: JSONContent): string {
  return jsonChildText(item, 'agendaTitle');
}

export function jsonAgendaPresenter(item: JSONContent): string {
  return jsonChildText(item, 'agendaPresenter');
}

export function jsonDecisionLeadIn(decision: JSONContent): string {
  return jsonChildText(decision, 'decisionLeadIn');
}

/** The body of a paragraph (§) or the clauses of a decision: the children after the headings. */
export function jsonAfterHeadings(node: JSONContent): JSONContent[] {
  return (node.content ?? []).filter((child) => !HEADINGS.has(child.type ?? ''));
}

const HEADINGS = new Set(['agendaTitle', 'agendaPresenter', 'decisionLeadIn']);

function jsonChildText(node: JSONContent, type: string): string {
  const child = node.content?.slice(0, 2).find((candidate) => candidate.type === type);
  return (child?.content ?? []).map((text) => text.text ?? '').join('');
}
