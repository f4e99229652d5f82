import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The design fixtures live beside the checkout (../shared/fixtures), not in it. */
const FIXTURES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../shared/fixtures');

/** Text of a fixture file with whitespace collapsed and line-end hyphenation joined; throws when the folder is not beside the checkout. */
export function readFixtureText(name: string): string {
  const file = path.join(FIXTURES_DIR, name);
  if (!fs.existsSync(file)) throw new Error(`Fixture ${file} is missing: the design folder shared/ must sit beside the checkout, as in CI.`);
  return normalizeText(fs.readFileSync(file, 'utf8'));
}

/** Collapses whitespace (page and line breaks of the text export) so transcribed text can be found in it. */
export function normalizeText(text: string): string {
  return text
    .replace(/<\/?p>/g, ' ')
    .replace(/(\p{L})-[ \t]*\n\s*(\p{Ll})/gu, '$1$2')
    .replace(/\s+/g, ' ')
    .trim();
}
