import { DEFAULT_DECISION_LEAD_IN } from '../nodes/decision';

/** A recognised decision lead-in and how many characters of the line it takes. */
export interface DecisionLeadIn {
  leadIn: string;
  length: number;
}

// "Mötet beslutar att:", "Mötet beslutar att", "Nämnden beslutar:", "Mötet beslutar" (+ att-lines).
// Only at the start of a line and in the present tense of a formal decision: narrative
// "… beslutade mötet att …" inside a paragraph stays text.
const BODY_DECIDES = /^(Mötet|Nämnden|Styrelsen|Direktionen|Utskottet)\s+beslutar(?:\s+att)?(?=[\s:]|$)\s*:?\s*/u;
// "Beslut:", the label the editor's own input rule turns into a decision.
const DECISION_LABEL = /^Beslut\s*:\s*/u;

/** Recognises the lead-in of a decision at the start of a line. */
export function matchDecisionLeadIn(text: string): DecisionLeadIn | null {
  const body = BODY_DECIDES.exec(text);
  if (body?.[1]) return { leadIn: `${body[1]} beslutar att`, length: body[0].length };
  const label = DECISION_LABEL.exec(text);
  if (label) return { leadIn: DEFAULT_DECISION_LEAD_IN, length: label[0].length };
  return null;
}
