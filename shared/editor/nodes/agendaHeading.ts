import { mergeAttributes, Node } from '@tiptap/core';

/**
 * A one-line text field of the document: shared text, merged by the CRDT
 * character by character like the body, with carets and collaborative undo.
 * Plain text: no bold or links, and never a line break.
 */
function plainTextLine(name: string, tag: string, className: string) {
  return Node.create({
    name,
    content: 'text*',
    marks: '',
    defining: true,
    parseHTML() {
      return [{ tag: `${tag}.${className}`, priority: 60 }];
    },
    renderHTML({ HTMLAttributes }) {
      return [tag, mergeAttributes(HTMLAttributes, { class: className }), 0];
    },
  });
}

/** The title of a paragraph (§). */
export const AgendaTitle = plainTextLine('agendaTitle', 'h2', 'agenda-item-title');

/** Who presents the paragraph (§) ("Föredragande"); often empty. */
export const AgendaPresenter = plainTextLine('agendaPresenter', 'p', 'agenda-item-presenter');

/**
 * A decision's lead-in ("Mötet beslutar att"), before its att-clauses. It
 * sits in the clauses' list as an item that is no list item in the layout
 * (display: block), so the clauses are numbered from 1.
 */
export const DecisionLeadIn = plainTextLine('decisionLeadIn', 'li', 'decision-lead-in');
