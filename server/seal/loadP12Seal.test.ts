import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import forge from 'node-forge';
import { afterAll, describe, expect, it } from 'vitest';
import { loadP12Seal } from './loadP12Seal';
import { makeCertificate, makeP12 } from './testing/makeP12';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'protokoll-p12-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
function write(name: string, bytes: Buffer): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
}

const leaf = makeCertificate({ commonName: 'Grästorps kommun e-sigill', organization: 'Grästorps kommun' });
const good = write('good.p12', makeP12(leaf, 'rätt lösen'));

describe('loadP12Seal', () => {
  it('loads the seal with its names, fingerprint and dates', () => {
    const seal = loadP12Seal(good, 'rätt lösen');
    expect(seal).toMatchObject({ isTestSeal: false, commonName: 'Grästorps kommun e-sigill', organization: 'Grästorps kommun', password: 'rätt lösen' });
    // X.509 dates keep whole seconds.
    expect(seal.validFrom.getTime()).toBe(Math.floor(leaf.cert.validity.notBefore.getTime() / 1000) * 1000);
    expect(seal.validTo.getTime()).toBe(Math.floor(leaf.cert.validity.notAfter.getTime() / 1000) * 1000);
    const der = forge.asn1.toDer(forge.pki.certificateToAsn1(leaf.cert)).getBytes();
    expect(seal.fingerprintSha256.replace(/:/gu, '').toLowerCase()).toBe(forge.md.sha256.create().update(der).digest().toHex());
  });

  it('names SEAL_P12_PASSWORD for a wrong password and SEAL_P12_FILE for a missing or foreign file', () => {
    expect(() => loadP12Seal(good, 'fel')).toThrow(/^SEAL_P12_PASSWORD: wrong password for SEAL_P12_FILE$/u);
    expect(() => loadP12Seal(path.join(dir, 'saknas.p12'), 'x')).toThrow(/^SEAL_P12_FILE: cannot read .*saknas\.p12 \(ENOENT\)$/u);
    expect(() => loadP12Seal(write('text.p12', Buffer.from('inte en p12')), 'x')).toThrow(/^SEAL_P12_FILE: not a PKCS#12/u);
  });

  it('refuses a certificate that has expired or is not yet valid, and a file without a key', () => {
    const expired = makeCertificate({ commonName: 'Gammalt sigill', notBefore: new Date('2015-01-01'), notAfter: new Date('2020-01-01') });
    expect(() => loadP12Seal(write('expired.p12', makeP12(expired, 'x')), 'x')).toThrow(/^SEAL_P12_FILE: the certificate expired 2020-01-01/u);
    const future = makeCertificate({ commonName: 'Framtida sigill', notBefore: new Date(Date.now() + 86_400_000) });
    expect(() => loadP12Seal(write('future.p12', makeP12(future, 'x')), 'x')).toThrow(/^SEAL_P12_FILE: the certificate is not valid until/u);
    const certOnly = forge.pkcs12.toPkcs12Asn1(null, [leaf.cert], 'x', { algorithm: 'aes256' });
    expect(() => loadP12Seal(write('cert-only.p12', Buffer.from(forge.asn1.toDer(certOnly).getBytes(), 'binary')), 'x')).toThrow(/^SEAL_P12_FILE: holds no \(encrypted PKCS#8\) private key$/u);
  });

  // `npm test` installs openssl with the other tools (scripts/ensure-test-tools.mjs).
  it('opens a PKCS#12 exported by OpenSSL 3 with its defaults', () => {
    const keyFile = path.join(dir, 'o.key');
    const certFile = path.join(dir, 'o.crt');
    const p12File = path.join(dir, 'openssl.p12');
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', keyFile, '-out', certFile, '-days', '30', '-subj', '/CN=Sigill från OpenSSL/O=Protokoll', '-utf8'], { stdio: 'ignore' });
    execFileSync('openssl', ['pkcs12', '-export', '-inkey', keyFile, '-in', certFile, '-out', p12File, '-passout', 'pass:hemligt'], { stdio: 'ignore' });
    const fingerprint = execFileSync('openssl', ['x509', '-in', certFile, '-noout', '-fingerprint', '-sha256'], { encoding: 'utf8' }).trim().split('=')[1];
    const seal = loadP12Seal(p12File, 'hemligt');
    expect(seal.commonName).toBe('Sigill från OpenSSL');
    expect(seal.fingerprintSha256).toBe(fingerprint);
  });
});
