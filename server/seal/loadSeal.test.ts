import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSeal } from './loadSeal';
import { makeCertificate, makeP12 } from './testing/makeP12';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'protokoll-loadseal-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe('loadSeal', () => {
  it('takes the configured PKCS#12, else the test seal', () => {
    const file = path.join(dataDir, 'org.p12');
    fs.writeFileSync(file, makeP12(makeCertificate({ commonName: 'Organisationens sigill' }), 'pw'));
    expect(loadSeal({ p12File: file, p12Password: 'pw', dataDir })).toMatchObject({ isTestSeal: false, commonName: 'Organisationens sigill' });
    expect(loadSeal({ p12File: '', dataDir })).toMatchObject({ isTestSeal: true });
  });

  it('refuses half a configuration', () => {
    expect(() => loadSeal({ p12File: '/x.p12', dataDir })).toThrow(/^SEAL_P12_PASSWORD: must be set/u);
    expect(() => loadSeal({ p12Password: 'pw', dataDir })).toThrow(/^SEAL_P12_FILE: must be set/u);
  });
});
