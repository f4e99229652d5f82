import { generateKeyPairSync, randomBytes } from 'node:crypto';
import forge from 'node-forge';

export interface MadeCertificate {
  key: forge.pki.rsa.PrivateKey;
  cert: forge.pki.Certificate;
}

/** A certificate for tests, self-signed unless an issuer is given; names as UTF8String like real CAs write them. */
export function makeCertificate(options: { commonName: string; organization?: string; issuer?: MadeCertificate; notBefore?: Date; notAfter?: Date; ca?: boolean }): MadeCertificate {
  const { privateKey: pem } = generateKeyPairSync('rsa', { modulusLength: 2048, privateKeyEncoding: { type: 'pkcs8', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } });
  const key = forge.pki.privateKeyFromPem(pem);
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.rsa.setPublicKey(key.n, key.e);
  cert.serialNumber = `01${randomBytes(8).toString('hex')}`;
  cert.validity.notBefore = options.notBefore ?? new Date(Date.now() - 86_400_000);
  cert.validity.notAfter = options.notAfter ?? new Date(Date.now() + 365 * 86_400_000);
  const subject = [
    { shortName: 'CN', value: options.commonName, valueTagClass: forge.asn1.Type.UTF8 },
    ...(options.organization ? [{ shortName: 'O', value: options.organization, valueTagClass: forge.asn1.Type.UTF8 }] : []),
    // @types/node-forge types valueTagClass as an asn1.Class; forge reads it as an asn1.Type.
  ] as unknown as forge.pki.CertificateField[];
  cert.setSubject(subject);
  // The issuer made in memory, so its values are still text; a parsed one's would be UTF-8 bytes.
  cert.setIssuer(options.issuer ? options.issuer.cert.subject.attributes : subject);
  cert.setExtensions(options.ca ? [{ name: 'basicConstraints', cA: true, critical: true }, { name: 'keyUsage', keyCertSign: true, critical: true }] : [{ name: 'keyUsage', digitalSignature: true, nonRepudiation: true, critical: true }]);
  cert.sign(options.issuer?.key ?? key, forge.md.sha256.create());
  return { key, cert };
}

/** A PKCS#12 as OpenSSL 3 writes it by default (AES-256), with the chain after the certificate. */
export function makeP12(leaf: MadeCertificate, password: string, chain: forge.pki.Certificate[] = []): Buffer {
  const asn1 = forge.pkcs12.toPkcs12Asn1(leaf.key, [leaf.cert, ...chain], password, { algorithm: 'aes256' });
  return Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary');
}
