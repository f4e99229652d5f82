import { Signer } from '@signpdf/signpdf';
import forge from 'node-forge';
import { unpackP12, type SealSource } from './seal';
import type { Seal } from './seal';

/**
 * `@signpdf/signer-p12`'s signer, with one fix: forge names the signer in
 * the CMS (issuerAndSerialNumber) by re-encoding the issuer it parsed, and
 * UTF8String values come out UTF-8-encoded twice (forge issue #847, fix
 * unmerged in PR #731). With a non-ASCII issuer, such as the test seal's
 * "ej för arkiv" or a CA's Swedish name, no verifier then finds the signing
 * certificate ("Unknown Validation Failure" in pdfsig). Otherwise the same:
 * forge's PKCS#7, SHA-256, the attributes in signer-p12's order, detached.
 */
export class SealSigner extends Signer {
  readonly #seal: Seal;

  constructor(seal: Seal) {
    super();
    this.#seal = seal;
  }

  override sign(pdfBuffer: Buffer, signingTime?: Date): Promise<Buffer> {
    const source: SealSource = { file: 'seal', password: 'seal password' };
    const { key, cert, certs } = unpackP12(this.#seal.p12, this.#seal.password, source);
    const p7 = forge.pkcs7.createSignedData();
    p7.content = forge.util.createBuffer(pdfBuffer.toString('binary'));
    for (const c of certs) p7.addCertificate(c);
    p7.addSigner({
      key,
      // forge reads only issuer.attributes and serialNumber from it, to name the signer.
      certificate: { ...cert, issuer: { ...cert.issuer, attributes: issuerAsWritten(cert) } },
      digestAlgorithm: forge.pki.oids.sha256 ?? '2.16.840.1.101.3.4.2.1',
      authenticatedAttributes: [
        { type: forge.pki.oids.contentType ?? '1.2.840.113549.1.9.3', value: forge.pki.oids.data },
        // @types/node-forge types the value as a string; forge takes a Date and encodes it as UTCTime.
        { type: forge.pki.oids.signingTime ?? '1.2.840.113549.1.9.5', value: (signingTime ?? new Date()) as unknown as string },
        { type: forge.pki.oids.messageDigest ?? '1.2.840.113549.1.9.4' },
      ],
    });
    p7.sign({ detached: true });
    return Promise.resolve(Buffer.from(forge.asn1.toDer(p7.toAsn1()).getBytes(), 'binary'));
  }
}

/** The issuer's attributes with UTF8String values decoded, so forge's re-encoding gives the certificate's own bytes. */
function issuerAsWritten(cert: forge.pki.Certificate): forge.pki.CertificateField[] {
  return cert.issuer.attributes.map((attr) => {
    // valueTagClass holds the ASN.1 string type, though @types/node-forge calls it an asn1.Class.
    const tag: unknown = attr.valueTagClass;
    return tag === forge.asn1.Type.UTF8 && typeof attr.value === 'string' ? { ...attr, value: forge.util.decodeUtf8(attr.value) } : attr;
  });
}
