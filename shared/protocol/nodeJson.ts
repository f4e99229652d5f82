import type { JSONContent } from '@tiptap/core';
import { DEFAULT_DECISION_LEAD_IN } from '../editor/nodes/decision';
import type { ProtocolActionItem } from './types';

/**
 * Builders of ProseMirror JSON in the shared schema, for templates, seeded
 * documents and test fixtures. Empty strings become empty nodes: ProseMirror
 * has no empty text nodes.
 */
const inline = (text: string): Pick<JSONContent, 'content'> => (text ? { content: [{ type: 'text', text }] } : {});

/** A body document from its top-level nodes. */
export function docJson(...content: JSONContent[]): JSONContent {
  return { type: 'doc', content };
}

/** A paragraph of plain text. */
export function paragraphJson(text = ''): JSONContent {
  return { type: 'paragraph', ...inline(text) };
}

/** A sub-heading inside an item (level 3: the item title is the level above). */
export function headingJson(text: string, level = 3): JSONContent {
  return { type: 'heading', attrs: { level }, ...inline(text) };
}

/** A bullet list of one-paragraph items. */
export function bulletListJson(...items: string[]): JSONContent {
  return { type: 'bulletList', content: items.map((text) => ({ type: 'listItem', content: [paragraphJson(text)] })) };
}

/** A table whose first row is a header row; a cell is a string or several paragraphs. */
export function tableJson(header: string[], rows: (string | string[])[][]): JSONContent {
  const cell = (type: 'tableCell' | 'tableHeader', value: string | string[]): JSONContent => ({
    type,
    content: (typeof value === 'string' ? [value] : value).map((text) => paragraphJson(text)),
  });
  return {
    type: 'table',
    content: [
      { type: 'tableRow', content: header.map((text) => cell('tableHeader', text)) },
      ...rows.map((row) => ({ type: 'tableRow', content: row.map((value) => cell('tableCell', value)) })),
    ],
  };
}

/** A paragraph (§) with its title, presenter and body (at least one block). */
export function agendaItemJson(title: string, body: JSONContent[] = [], presenter = ''): JSONContent {
  return {
    type: 'agendaItem',
    content: [{ type: 'agendaTitle', ...inline(title) }, { type: 'agendaPresenter', ...inline(presenter) }, ...(body.length > 0 ? body : [paragraphJson()])],
  };
}

/** A decision with its att-clauses (at least one). */
export function decisionJson(clauses: string[], leadIn = DEFAULT_DECISION_LEAD_IN): JSONContent {
  const all = clauses.length > 0 ? clauses : [''];
  return { type: 'decision', content: [{ type: 'decisionLeadIn', ...inline(leadIn) }, ...all.map((text) => ({ type: 'decisionClause', ...inline(text) }))] };
}

/** An action item; the task is its inline text. */
export function actionItemJson({ assignee = '', task, due = '', status = 'open' }: Partial<ProtocolActionItem> & { task: string }): JSONContent {
  return { type: 'actionItem', attrs: { assignee, due, status }, ...inline(task) };
}
