import { loadP12Seal } from './loadP12Seal';
import type { Seal } from './seal';
import { loadOrCreateTestSeal } from './testSeal';

export interface SealSettings {
  /** SEAL_P12_FILE, unset or empty for none. */
  p12File?: string | undefined;
  /** SEAL_P12_PASSWORD. */
  p12Password?: string | undefined;
  dataDir: string;
}

/** The configured seal, or the data dir's test seal when none is configured; half a configuration is an error, not a test seal. */
export function loadSeal(settings: SealSettings, now = new Date()): Seal {
  const file = settings.p12File || undefined;
  const password = settings.p12Password;
  if (file === undefined) {
    if (password) throw new Error('SEAL_P12_FILE: must be set when SEAL_P12_PASSWORD is');
    return loadOrCreateTestSeal(settings.dataDir, now);
  }
  // An empty password is legitimate for a PKCS#12; only a missing one is not.
  if (password === undefined) throw new Error('SEAL_P12_PASSWORD: must be set when SEAL_P12_FILE is');
  return loadP12Seal(file, password, now);
}
