import type { ProtocolInline } from '../../../shared/protocol/types';

/**
 * Text as GFM shows it literally: the characters that make emphasis, code,
 * links, tables or inline HTML get a backslash (and "&" becomes "&amp;"), so
 * "<script>" or "[x](javascript:…)" stays text; so does a line that would
 * start a list, heading or quote. Line breaks become hard breaks.
 */
export function markdownText(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~!&]/gu, (c) => (c === '&' ? '&amp;' : `\\${c}`))
    .split(/\r?\n/u)
    .map((line) => line.replace(/^(\s*)([-+=#>])/u, '$1\\$2').replace(/^(\s*\d+)([.)])/u, '$1\\$2'))
    .join('\\\n');
}

/** A link target with the characters that would end it percent-encoded (only safe schemes reach here). */
function markdownHref(href: string): string {
  return href.replace(/[()<>\s\\]/gu, (c) => encodeURIComponent(c));
}

/** Runs as Markdown: bold, italic and links. */
export function markdownInlines(runs: readonly ProtocolInline[]): string {
  return runs
    .map((run) => {
      let text = markdownText(run.text);
      if (!text.trim()) return text;
      if (run.bold && run.italic) text = `***${text}***`;
      else if (run.bold) text = `**${text}**`;
      else if (run.italic) text = `*${text}*`;
      return run.href ? `[${text}](${markdownHref(run.href)})` : text;
    })
    .join('');
}
