import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadOrCreateTestSeal, TEST_SEAL_COMMON_NAME, testSealPaths } from './testSeal';

const dirs: string[] = [];
function dataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'protokoll-testseal-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('loadOrCreateTestSeal', () => {
  it('makes a labelled self-signed seal valid about ten years, kept readable by the owner only', () => {
    const dir = dataDir();
    const seal = loadOrCreateTestSeal(dir);
    expect(seal).toMatchObject({ isTestSeal: true, commonName: TEST_SEAL_COMMON_NAME, organization: 'Protokoll' });
    expect(seal.fingerprintSha256).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/u);
    const years = (seal.validTo.getTime() - seal.validFrom.getTime()) / (365.25 * 86_400_000);
    expect(years).toBeGreaterThan(9.9);
    expect(years).toBeLessThan(10.1);
    const paths = testSealPaths(dir);
    for (const file of [paths.p12, paths.password]) expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.readdirSync(paths.dir).sort()).toEqual(['test-seal.p12', 'test-seal.password']);
  });

  it('is made once and reused on the next start', () => {
    const dir = dataDir();
    const first = loadOrCreateTestSeal(dir);
    const bytes = fs.readFileSync(testSealPaths(dir).p12);
    const second = loadOrCreateTestSeal(dir);
    expect(second.fingerprintSha256).toBe(first.fingerprintSha256);
    expect(second.password).toBe(first.password);
    expect(fs.readFileSync(testSealPaths(dir).p12).equals(bytes)).toBe(true);
  });

  it('is made again once expired, as an old test seal is worth nothing', () => {
    const dir = dataDir();
    const first = loadOrCreateTestSeal(dir);
    const later = new Date(first.validTo.getTime() + 86_400_000);
    const renewed = loadOrCreateTestSeal(dir, later);
    expect(renewed.fingerprintSha256).not.toBe(first.fingerprintSha256);
    expect(renewed.validTo.getTime()).toBeGreaterThan(later.getTime());
  });

  it('says what to do when the password file is gone', () => {
    const dir = dataDir();
    loadOrCreateTestSeal(dir);
    fs.rmSync(testSealPaths(dir).password);
    expect(() => loadOrCreateTestSeal(dir)).toThrow(/test-seal\.password: the test seal's password file is missing; delete .*seal to make a new test seal/u);
  });
});
