import { createHash } from 'node:crypto';
import forge from 'node-forge';

/** A seal certificate with its key, ready to sign, and what the server shows about it. */
export interface Seal {
  /** The PKCS#12 bytes and password; the signer opens them for each signature. */
  readonly p12: Buffer;
  readonly password: string;
  /** The self-signed stand-in made when no seal is configured: not for archiving. */
  readonly isTestSeal: boolean;
  readonly commonName: string;
  readonly organization: string | null;
  /** SHA-256 of the certificate's DER bytes, upper-case hex in pairs joined by ":" (as `openssl x509 -fingerprint -sha256` prints it). */
  readonly fingerprintSha256: string;
  readonly validFrom: Date;
  readonly validTo: Date;
}

/** Where an error about the seal should point: the setting or file to fix, as its message's first word. */
export interface SealSource {
  file: string;
  password: string;
}

// forge.pki.oids is typed as a string index, so undefined to the compiler; these are the PKCS#12 bag types.
const SHROUDED_KEY_BAG = '1.2.840.113549.1.12.10.1.2';
const CERT_BAG = '1.2.840.113549.1.12.10.1.3';

/**
 * Opens a PKCS#12 and checks it can seal now: an RSA key in a
 * PKCS#8-shrouded key bag (what OpenSSL and forge write),
 * a certificate for that key, and that certificate valid at `now`. Failing
 * here, at start, beats failing at the first lock.
 */
export function sealFromP12(p12: Buffer, password: string, source: SealSource, isTestSeal: boolean, now = new Date()): Seal {
  const seal = readSeal(p12, password, source, isTestSeal);
  assertValidAt(seal, source, now);
  return seal;
}

/** The seal in a PKCS#12, its dates not yet checked. */
export function readSeal(p12: Buffer, password: string, source: SealSource, isTestSeal: boolean): Seal {
  const { cert } = unpackP12(p12, password, source);
  const commonName = subjectField(cert, 'CN');
  if (!commonName) throw new Error(`${source.file}: the certificate's subject has no common name (CN)`);
  return {
    p12,
    password,
    isTestSeal,
    commonName,
    organization: subjectField(cert, 'O'),
    fingerprintSha256: fingerprint(cert),
    validFrom: cert.validity.notBefore,
    validTo: cert.validity.notAfter,
  };
}

export interface UnpackedP12 {
  key: forge.pki.rsa.PrivateKey;
  /** The certificate for `key`. */
  cert: forge.pki.Certificate;
  /** Every certificate in the file, `cert` and any chain. */
  certs: forge.pki.Certificate[];
}

/** The key, its certificate and the rest of the chain from a PKCS#12. */
export function unpackP12(p12: Buffer, password: string, source: SealSource): UnpackedP12 {
  const store = openP12(p12, password, source);
  const key = store.getBags({ bagType: SHROUDED_KEY_BAG })[SHROUDED_KEY_BAG]?.[0]?.key;
  if (!key) throw new Error(`${source.file}: holds no (encrypted PKCS#8) private key`);
  if (!isRsaKey(key)) throw new Error(`${source.file}: the private key is not RSA; the signer supports RSA keys only`);
  const certs = (store.getBags({ bagType: CERT_BAG })[CERT_BAG] ?? []).flatMap((bag) => (bag.cert ? [bag.cert] : []));
  const cert = certs.find((c) => isRsaPublicKey(c.publicKey) && c.publicKey.n.equals(key.n) && c.publicKey.e.equals(key.e));
  if (!cert) throw new Error(`${source.file}: holds no certificate for its private key`);
  return { key, cert, certs };
}

export function assertValidAt(seal: Seal, source: SealSource, now: Date): void {
  if (now < seal.validFrom) throw new Error(`${source.file}: the certificate is not valid until ${seal.validFrom.toISOString()}`);
  if (now > seal.validTo) throw new Error(`${source.file}: the certificate expired ${seal.validTo.toISOString()}`);
}

function openP12(p12: Buffer, password: string, source: SealSource): forge.pkcs12.Pkcs12Pfx {
  let asn1: forge.asn1.Asn1;
  try {
    asn1 = forge.asn1.fromDer(forge.util.createBuffer(p12.toString('binary')));
  } catch {
    throw new Error(`${source.file}: not a PKCS#12 (.p12/.pfx) file`);
  }
  try {
    // strict=false as the signer parses it: what opens here also opens there.
    return forge.pkcs12.pkcs12FromAsn1(asn1, false, password);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // forge's words for a failed MAC, which is what a wrong password gives.
    if (/MAC could not be verified|Invalid password/iu.test(message)) throw new Error(`${source.password}: wrong password for ${source.file}`);
    throw new Error(`${source.file}: cannot open the PKCS#12: ${message}`);
  }
}

function isRsaKey(key: forge.pki.PrivateKey): key is forge.pki.rsa.PrivateKey {
  return 'n' in key && 'e' in key && 'd' in key;
}

function isRsaPublicKey(key: forge.pki.PublicKey): key is forge.pki.rsa.PublicKey {
  return 'n' in key && 'e' in key;
}

function subjectField(cert: forge.pki.Certificate, shortName: string): string | null {
  // @types/node-forge types getField as any; this is the part of forge's attribute we read.
  const field = cert.subject.getField(shortName) as { value?: unknown; valueTagClass?: unknown } | null;
  const value = field?.value;
  if (typeof value !== 'string' || value === '') return null;
  // A parsed UTF8String stays a binary string of its UTF-8 bytes; other string types are ASCII.
  return field?.valueTagClass === forge.asn1.Type.UTF8 ? forge.util.decodeUtf8(value) : value;
}

function fingerprint(cert: forge.pki.Certificate): string {
  const der = Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes(), 'binary');
  return createHash('sha256').update(der).digest('hex').toUpperCase().match(/../gu)?.join(':') ?? '';
}
