import { readFixture } from '../../editor/paste/testing/readFixture';

/** Text of a fixture file with whitespace collapsed and line-end hyphenation joined; throws when the folder is not beside the checkout. */
export function readFixtureText(name: string): string {
  return normalizeText(readFixture(name));
}

/** Collapses whitespace (page and line breaks of the text export) so transcribed text can be found in it. */
export function normalizeText(text: string): string {
  return text
    .replace(/<\/?p>/g, ' ')
    .replace(/(\p{L})-[ \t]*\n\s*(\p{Ll})/gu, '$1$2')
    .replace(/\s+/g, ' ')
    .trim();
}
