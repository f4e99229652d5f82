import { splitPresenter } from './splitPresenter';

/** A line recognised as the start of an agenda item. */
export interface ItemHeading {
  /** `§` for "§ 18 …" (protocols), `number` for "1. …" (notes, agendas). */
  marker: '§' | 'number';
  number: number;
  title: string;
  presenter: string;
}

// "§ 18 Mötets öppnande", "§18. Val av justerare", "§ 20 – Förra mötets protokoll", "§ 21 (Utgår)".
const PARAGRAPH_LINE = /^§\s*(\d{1,4})\s*[.:–-]?\s+(?=[\p{L}"'“”«(])(.+)$/u;
// "1. Uppföljning …", "2) Planering student": a capital after the number keeps dates and
// amounts ("1. mars", "3) se ovan") from passing for items.
const NUMBERED_LINE = /^(\d{1,3})[.)]\s+(?=[\p{Lu}"'“”«])(.+)$/u;

/** Recognises `§ 18 Title (Presenter)` or `1. Title`; the text must be trimmed, spaces collapsed. */
export function matchItemHeading(text: string): ItemHeading | null {
  const paragraph = PARAGRAPH_LINE.exec(text);
  const numbered = paragraph ? null : NUMBERED_LINE.exec(text);
  const match = paragraph ?? numbered;
  if (!match?.[1] || !match[2]) return null;
  return { marker: paragraph ? '§' : 'number', number: Number(match[1]), ...splitPresenter(match[2].trim()) };
}
