import { createHash } from 'node:crypto';
import { plainAddPlaceholder } from '@signpdf/placeholder-plain';
import { SignPdf } from '@signpdf/signpdf';
import { readPdfSignature } from './readPdfSignature';
import type { Seal } from './seal';
import { SealSigner } from './sealSigner';

export interface SealPdfOptions {
  /** /Reason of the signature, e.g. "Justerat protokoll". */
  reason: string;
  /** /Name of the signer as the signature dictionary names it. */
  name: string;
  location?: string;
  contactInfo?: string;
  /** Both the dictionary's /M and the CMS signing-time; with it fixed the output is the same every time. Now if left out. */
  signingTime?: Date;
}

// The PAdES-basic SubFilter that PDF/A-2 allows (ETSI.CAdES.detached would need an ESS signing-certificate attribute signer-p12 does not add).
const SUB_FILTER = 'adbe.pkcs7.detached';
// signer-p12's own default; room for a one-certificate CMS with an RSA-4096 signature.
const MIN_SIGNATURE_BYTES = 8192;

/**
 * The PDF signed with the seal as an incremental update (the original bytes
 * stay the file's prefix), the signature covering the whole file but itself.
 */
export async function sealPdf(pdf: Buffer, seal: Seal, options: SealPdfOptions): Promise<Buffer> {
  assertSignable(pdf);
  const signingTime = options.signingTime ?? new Date();
  const withPlaceholder = plainAddPlaceholder({
    pdfBuffer: pdf,
    reason: options.reason,
    name: options.name,
    location: options.location ?? '',
    contactInfo: options.contactInfo ?? '',
    signingTime,
    subFilter: SUB_FILTER,
    // The CMS carries every certificate in the PKCS#12, which holds those and a key besides: its size bounds theirs.
    signatureLength: Math.max(MIN_SIGNATURE_BYTES, seal.p12.length + 2048),
    appName: 'Protokoll',
  });
  const prepared = fixUpdateTrailer(withPlaceholder, trailerId(pdf));
  const signed = await new SignPdf().sign(prepared, new SealSigner(seal), signingTime);
  if (!readPdfSignature(signed).coversWholeFile) throw new Error('sealPdf: the signature does not cover the whole file');
  return signed;
}

/**
 * placeholder-plain parses with string searches: a classic xref table at
 * startxref (what pdfkit writes), not a cross-reference stream; and exactly
 * one new signature. Say so here rather than let it misread the file.
 */
function assertSignable(pdf: Buffer): void {
  if (pdf.subarray(0, 5).toString('latin1') !== '%PDF-') throw new Error('sealPdf: not a PDF');
  if (pdf.includes('/ByteRange')) throw new Error('sealPdf: the PDF is already signed');
  const tail = pdf.subarray(Math.max(0, pdf.length - 64)).toString('latin1');
  const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/u.exec(tail);
  if (!startxref) throw new Error('sealPdf: the PDF does not end with startxref and %%EOF');
  const at = Number(startxref[1]);
  if (pdf.subarray(at, at + 4).toString('latin1') !== 'xref') throw new Error('sealPdf: the PDF has a cross-reference stream, which the signer cannot read');
}

/** The /ID of the file's last trailer, which pdfkit always writes. */
function trailerId(pdf: Buffer): string | null {
  const trailer = pdf.subarray(pdf.lastIndexOf('trailer')).toString('latin1');
  return /\/ID\s*\[\s*<([0-9a-fA-F]+)>/u.exec(trailer)?.[1] ?? null;
}

/**
 * Two repairs to the trailer placeholder-plain writes, both needed for
 * PDF/A-2: it has no /ID, which ISO 19005-2 6.1.3 wants in the last
 * trailer (this keeps the permanent first part and gives the second, which
 * marks a version, a new value); and its startxref points one byte before
 * the "xref" keyword (it takes the length before adding the newline), which
 * readers forgive but the spec does not. Both lie after the xref, so no
 * offset moves; both must happen before signing, as the trailer is signed.
 */
function fixUpdateTrailer(pdf: Buffer, permanentId: string | null): Buffer {
  const at = pdf.lastIndexOf('\ntrailer\n<<\n');
  const xrefAt = pdf.lastIndexOf('\nxref\n', at) + 1;
  const tail = /^startxref\n(\d+)\n%%EOF$/u;
  const trailer = pdf.subarray(at + '\ntrailer\n<<\n'.length).toString('latin1');
  const end = trailer.lastIndexOf('startxref\n');
  if (at < 0 || xrefAt <= 0 || end < 0 || !tail.test(trailer.slice(end))) throw new Error('sealPdf: cannot find the trailer the placeholder wrote');
  const versionId = createHash('md5').update(pdf).digest('hex');
  const id = permanentId ? `/ID [<${permanentId}> <${versionId}>]\n` : '';
  const fixed = `trailer\n<<\n${id}${trailer.slice(0, end)}startxref\n${xrefAt}\n%%EOF`;
  return Buffer.concat([pdf.subarray(0, at + 1), Buffer.from(fixed, 'latin1')]);
}
