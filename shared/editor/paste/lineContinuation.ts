/**
 * How a line goes on from the one before it:
 * `hyphenation` "sam-" + "verkan" → "samverkan";
 * `compound` "Skola-" + "Arbetsliv" → "Skola-Arbetsliv" (a hyphen the word keeps);
 * `wrap` the line was wrapped: joined with a space.
 */
export type LineContinuation = 'hyphenation' | 'compound' | 'wrap';

const SENTENCE_END = /[.!?:;]["'”’»)\]]*$/u;

/**
 * Whether `next` continues `previous` (both trimmed). Across blank lines (PDF page breaks,
 * double-spaced text) only a line starting in lower case after an unfinished sentence does;
 * a capitalised line starts a new paragraph, so lists of names stay one per line.
 */
export function lineContinuation(previous: string, next: string, contiguous: boolean): LineContinuation | null {
  const startsLower = /^\p{Ll}/u.test(next);
  if (/\p{L}-$/u.test(previous)) {
    if (startsLower) return 'hyphenation';
    return contiguous && /^\p{Lu}/u.test(next) ? 'compound' : null;
  }
  // "Paragrafer 18 -" / "32": a free-standing dash is never hyphenation.
  if (contiguous && /\s[-–—]$/u.test(previous)) return 'wrap';
  if (startsLower && !SENTENCE_END.test(previous)) return 'wrap';
  return null;
}
