import { mergeAttributes, Node } from '@tiptap/core';

/**
 * The title of a paragraph (§): shared text, merged by the CRDT character by
 * character like the body, with carets and collaborative undo. Plain text:
 * a title carries no bold or links, and never a line break.
 */
export const AgendaTitle = Node.create({
  name: 'agendaTitle',
  content: 'text*',
  marks: '',
  defining: true,
  parseHTML() {
    return [{ tag: 'h2.agenda-item-title', priority: 60 }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['h2', mergeAttributes(HTMLAttributes, { class: 'agenda-item-title' }), 0];
  },
});

/** Who presents the paragraph (§) ("Föredragande"), shared text like the title; often empty. */
export const AgendaPresenter = Node.create({
  name: 'agendaPresenter',
  content: 'text*',
  marks: '',
  defining: true,
  parseHTML() {
    return [{ tag: 'p.agenda-item-presenter', priority: 60 }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['p', mergeAttributes(HTMLAttributes, { class: 'agenda-item-presenter' }), 0];
  },
});

/**
 * A decision's lead-in ("Mötet beslutar att"), shared text before its
 * att-clauses. It sits in the clauses' list as an item that is no list item
 * in the layout (display: block), so the clauses are numbered from 1.
 */
export const DecisionLeadIn = Node.create({
  name: 'decisionLeadIn',
  content: 'text*',
  marks: '',
  defining: true,
  parseHTML() {
    return [{ tag: 'li.decision-lead-in', priority: 60 }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['li', mergeAttributes(HTMLAttributes, { class: 'decision-lead-in' }), 0];
  },
});
