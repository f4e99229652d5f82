import type { BodyPart } from './bodyPart';
import { jsonText } from './jsonText';

/**
 * The part for JSON that cannot be placed where it stands: its plain text,
 * so the export still shows every word (marked), and a problem saying so;
 * null, and a problem, when it holds no text to keep.
 */
export function unstructuredPart(json: unknown, problem: string, problems: string[]): BodyPart | null {
  const text = jsonText(json);
  problems.push(text ? `${problem}; its text is kept as plain text` : `${problem}; skipped, it has no text`);
  return text ? { kind: 'unstructured', text } : null;
}
