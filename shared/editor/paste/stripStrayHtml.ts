import { decodeEntities } from './decodeEntities';

// Only real HTML tag names count, so "<Anna>" or "a < b > c" in plain text stays as it is.
const TAG = String.raw`<\/?(?:p|br|div|span|font|b|strong|i|em|u|s|strike|sub|sup|a|li|ul|ol|h[1-6]|table|thead|tbody|tr|td|th|blockquote|hr|img|o:p)(?:\s[^<>]*)?\/?>`;
const HAS_TAG = new RegExp(TAG, 'iu');
const ANY_TAG = new RegExp(TAG, 'giu');
const BLOCK_TAG = /<\/?(?:p|div|li|h[1-6]|tr|blockquote)(?:\s[^<>]*)?>|<(?:br|hr)(?:\s[^<>]*)?\/?>/giu;

/**
 * Removes stray HTML tags from a line of plain text (PDF and e-mail extracts carry `<p>`),
 * keeping their text; block tags split the line into paragraphs. Returns the non-empty pieces.
 */
export function stripStrayHtml(text: string): string[] {
  if (!HAS_TAG.test(text)) return [text];
  return text
    .split(BLOCK_TAG)
    .map((piece) => decodeEntities(piece.replace(ANY_TAG, '')).replace(/\s+/gu, ' ').trim())
    .filter((piece) => piece.length > 0);
}
