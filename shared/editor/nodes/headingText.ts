import type { Node as PMNode } from '@tiptap/pm/model';

/**
 * The texts of a paragraph's (§) title and presenter and a decision's
 * lead-in. They are the nodes' first children; a document stored before
 * they became shared text (2026-12) holds them as attributes instead, and a
 * locked one is read in that stored shape.
 */
export function agendaTitleOf(item: PMNode): string {
  return childText(item, 'agendaTitle') ?? String(item.attrs.title ?? '');
}

export function agendaPresenterOf(item: PMNode): string {
  return childText(item, 'agendaPresenter') ?? String(item.attrs.presenter ?? '');
}

export function decisionLeadInOf(decision: PMNode): string {
  return childText(decision, 'decisionLeadIn') ?? String(decision.attrs.leadIn ?? '');
}

function childText(node: PMNode, type: string): string | null {
  for (let index = 0; index < Math.min(node.childCount, 2); index++) {
    const child = node.child(index);
    if (child.type.name === type) return child.textContent;
  }
  return null;
}
