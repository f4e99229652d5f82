import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// `<repo>/../shared/fixtures`, from `<repo>/shared/editor/paste/testing/`. A path, not
// `new URL(…, import.meta.url)`, which Vite would turn into an asset import under happy-dom.
const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../../shared/fixtures');

/** A fixture from the `shared/fixtures/` folder beside the repository. */
export function readFixture(name: string): string {
  const file = resolve(FIXTURES, name);
  if (!existsSync(file)) throw new Error(`Fixture ${file} is missing: the design folder shared/ must sit beside the checkout, as in CI.`);
  return readFileSync(file, 'utf8');
}
