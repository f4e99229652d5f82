import { describe, expect, it } from 'vitest';
import { lineContinuation } from './lineContinuation';

describe('lineContinuation', () => {
  it.each([
    ['Frågan kring sam-', 'verkan lyfts', true, 'hyphenation'],
    ['Frågan kring sam-', 'verkan lyfts', false, 'hyphenation'],
    ['Samverkan Skola-', 'Arbetsliv', true, 'compound'],
    ['Samverkan Skola-', 'Arbetsliv', false, null],
    ['Paragrafer 18 -', '32', true, 'wrap'],
    ['Paragrafer 18 -', 'Nästa', false, null],
    ['som träffat de', 'olika nätverken.', false, 'wrap'],
    ['larmfunktioner mm', 'Det finns grupperingar', true, null],
    ['Katarina Lindberg, Skövde', 'Anneli Alm, Tidaholm', true, null],
    ['Ett avslutat stycke.', 'nästa', true, null],
    ['Nästa möte:', 'den 18 mars', true, null],
    ['av ”skolmiljarden”', 'som skall beslutas', false, 'wrap'],
    ['sid.', '3', true, null],
  ] as const)('%s + %s (contiguous %s) → %s', (previous, next, contiguous, expected) => {
    expect(lineContinuation(previous, next, contiguous)).toBe(expected);
  });
});
