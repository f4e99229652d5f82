import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const GOLDEN_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../golden');

/**
 * The committed expected output `name`; with UPDATE_GOLDEN=1 in the
 * environment the actual output is written there first (then review the diff).
 */
export function golden(name: string, actual: string): string {
  const file = path.join(GOLDEN_DIR, name);
  if (process.env.UPDATE_GOLDEN === '1' || !fs.existsSync(file)) fs.writeFileSync(file, actual);
  return fs.readFileSync(file, 'utf8');
}
