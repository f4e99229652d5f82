import { generateKeyPairSync, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import forge from 'node-forge';
import { assertValidAt, readSeal, sealFromP12, type Seal } from './seal';

export const TEST_SEAL_COMMON_NAME = 'Protokoll testsigill (ej för arkiv)';
const TEST_SEAL_ORGANIZATION = 'Protokoll';
const VALID_YEARS = 10;

/** Where the test seal lives inside the data dir. */
export function testSealPaths(dataDir: string): { dir: string; p12: string; password: string } {
  const dir = path.join(dataDir, 'seal');
  return { dir, p12: path.join(dir, 'test-seal.p12'), password: path.join(dir, 'test-seal.password') };
}

/**
 * The seal used when none is configured: a self-signed certificate made at
 * the first start and reused after, so every protocol sealed by this
 * installation names the same (untrusted) certificate. Made again only when
 * the old one has expired: a test seal has nothing worth keeping.
 * Meant to be called once at start, not from concurrent processes.
 */
export function loadOrCreateTestSeal(dataDir: string, now = new Date()): Seal {
  const paths = testSealPaths(dataDir);
  if (fs.existsSync(paths.p12)) {
    const source = { file: paths.p12, password: paths.password };
    const p12 = fs.readFileSync(paths.p12);
    const password = readPassword(paths.password);
    const seal = readSeal(p12, password, source, true);
    if (seal.validTo > now) {
      assertValidAt(seal, source, now);
      return seal;
    }
  }
  return createTestSeal(paths, now);
}

function readPassword(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch {
    throw new Error(`${file}: the test seal's password file is missing; delete ${path.dirname(file)} to make a new test seal`);
  }
}

function createTestSeal(paths: ReturnType<typeof testSealPaths>, now: Date): Seal {
  // Node's native RSA generation takes milliseconds; forge's pure-JS one takes seconds.
  const { privateKey: pem } = generateKeyPairSync('rsa', { modulusLength: 2048, privateKeyEncoding: { type: 'pkcs8', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } });
  const key = forge.pki.privateKeyFromPem(pem);
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.rsa.setPublicKey(key.n, key.e);
  // A positive serial: DER integers with the high bit set would read as negative.
  cert.serialNumber = `01${randomBytes(15).toString('hex')}`;
  // A little in the past, so a verifier whose clock lags still sees it valid.
  cert.validity.notBefore = new Date(now.getTime() - 60 * 60 * 1000);
  cert.validity.notAfter = new Date(now.getTime());
  cert.validity.notAfter.setUTCFullYear(now.getUTCFullYear() + VALID_YEARS);
  // UTF8String, or forge would write "ö" as a PrintableString, which cannot hold it.
  const subject = [
    { shortName: 'CN', value: TEST_SEAL_COMMON_NAME, valueTagClass: forge.asn1.Type.UTF8 },
    { shortName: 'O', value: TEST_SEAL_ORGANIZATION, valueTagClass: forge.asn1.Type.UTF8 },
    // @types/node-forge types valueTagClass as an asn1.Class; forge reads it as an asn1.Type.
  ] as unknown as forge.pki.CertificateField[];
  cert.setSubject(subject);
  cert.setIssuer(subject);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false, critical: true },
    { name: 'keyUsage', digitalSignature: true, nonRepudiation: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  cert.sign(key, forge.md.sha256.create());

  const password = randomBytes(24).toString('base64url');
  // AES-256 as OpenSSL 3 writes it; forge's default (3DES) is refused by some current tools.
  const asn1 = forge.pkcs12.toPkcs12Asn1(key, [cert], password, { algorithm: 'aes256', friendlyName: TEST_SEAL_COMMON_NAME });
  const p12 = Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary');

  fs.mkdirSync(paths.dir, { recursive: true, mode: 0o700 });
  // The password first: a .p12 on disk always has its password beside it.
  writePrivate(paths.password, `${password}\n`);
  writePrivate(paths.p12, p12);
  return sealFromP12(p12, password, { file: paths.p12, password: paths.password }, true, now);
}

/** Written whole or not at all, readable by the server's user only. */
function writePrivate(file: string, data: string | Buffer): void {
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, data, { mode: 0o600 });
  fs.renameSync(tmp, file);
}
