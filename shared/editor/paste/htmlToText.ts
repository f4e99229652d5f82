import { decodeEntities } from './decodeEntities';

const BLOCK_IN_CELL = /<\/?(?:p|div|br|li|ul|ol|h[1-6])\b[^>]*>/giu;

/**
 * A rough plain-text rendering of HTML for where no DOMParser exists (the server):
 * block ends become blank lines, table rows lines with tab-separated cells, list items
 * bullets; scripts, styles and comments go. Enough for the plain-text recogniser.
 */
export function htmlToText(html: string): string {
  const text = html
    .replace(/<!--[\s\S]*?-->/gu, '')
    .replace(/<(script|style|head|template|noscript|title)\b[\s\S]*?<\/\1\s*>/giu, '')
    .replace(/\s+/gu, ' ')
    .replace(/(<t[dh]\b[^>]*>)([\s\S]*?)(<\/t[dh]\s*>)/giu, (_whole, open: string, inner: string, close: string) => `${open}${inner.replace(BLOCK_IN_CELL, ' ')}${close}`)
    .replace(/<\/t[dh]\s*>/giu, '\t')
    .replace(/<\/tr\s*>/giu, '\n')
    .replace(/<(?:br|hr)\b[^>]*>/giu, '\n')
    .replace(/<li\b[^>]*>/giu, '\n- ')
    .replace(/<\/(?:p|div|h[1-6]|li|table|ul|ol|blockquote|pre|section|article)\s*>/giu, '\n\n')
    .replace(/<[^>]*>/gu, '');
  return decodeEntities(text)
    .split('\n')
    .map((line) => line.replace(/ *\t */gu, '\t').replace(/\t$/u, '').replace(/^ +| +$/gu, ''))
    .join('\n');
}
