import type { MeetingKind } from '../meetingKind';

/** The smallest shape numbering needs; a ProseMirror Node and PM JSON both fit after mapping. */
export interface NumberedChild {
  type: string;
}

/**
 * Numbers of the paragraphs (§) among a body's top-level children, in order:
 * the first agendaItem gets `first`, each next one +1; other nodes get null.
 */
export function agendaItemNumbers(children: readonly NumberedChild[], first: number): (number | null)[] {
  let next = first;
  return children.map((child) => (child.type === 'agendaItem' ? next++ : null));
}

/** How a paragraph number is written: "§ 18" in a protocol, "18." in notes. */
export function paragraphLabel(kind: MeetingKind, number: number): string {
  return kind === 'protocol' ? `§ ${number}` : `${number}.`;
}

/** "Paragrafer 18–32" in a protocol header; null when there are no paragraphs. */
export function paragraphRange(count: number, first: number): { first: number; last: number } | null {
  return count > 0 ? { first, last: first + count - 1 } : null;
}

/** How a decision is cited: "§ 20, beslut 1". */
export function decisionCitation(kind: MeetingKind, itemNumber: number, decisionNumber: number): string {
  return `${paragraphLabel(kind, itemNumber)}, beslut ${decisionNumber}`;
}
