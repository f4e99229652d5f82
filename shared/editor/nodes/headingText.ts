import type { Node as PMNode } from '@tiptap/pm/model';

/** The texts of a paragraph's (§) title and presenter and a decision's lead-in: the nodes' first children. */
export function agendaTitleOf(item: PMNode): string {
  return childText(item, 'agendaTitle') ?? '';
}

export function agendaPresenterOf(item: PMNode): string {
  return childText(item, 'agendaPresenter') ?? '';
}

export function decisionLeadInOf(decision: PMNode): string {
  return childText(decision, 'decisionLeadIn') ?? '';
}

function childText(node: PMNode, type: string): string | null {
  for (let index = 0; index < Math.min(node.childCount, 2); index++) {
    const child = node.child(index);
    if (child.type.name === type) return child.textContent;
  }
  return null;
}
