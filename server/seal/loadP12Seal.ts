import fs from 'node:fs';
import { sealFromP12, type Seal } from './seal';

/**
 * The organisation's seal from `SEAL_P12_FILE` and `SEAL_P12_PASSWORD`.
 * Throws with the name of the setting to fix first, for the start-up log.
 */
export function loadP12Seal(file: string, password: string, now = new Date()): Seal {
  let p12: Buffer;
  try {
    p12 = fs.readFileSync(file);
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : 'unreadable';
    throw new Error(`SEAL_P12_FILE: cannot read ${file} (${code})`);
  }
  return sealFromP12(p12, password, { file: 'SEAL_P12_FILE', password: 'SEAL_P12_PASSWORD' }, false, now);
}
