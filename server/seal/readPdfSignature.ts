import { createHash } from 'node:crypto';

export interface PdfSignatureInfo {
  /** Whether the file has a signature dictionary with a numeric /ByteRange (a placeholder does not count). */
  signed: boolean;
  /** The last signature's /ByteRange: [0, start of <contents>, end of <contents>, length of the rest]. */
  byteRange: readonly [number, number, number, number] | null;
  /** Whether that range covers every byte of the file but the signature's own hex string. */
  coversWholeFile: boolean;
  /** SHA-256 of the whole file, hex. */
  sha256: string;
}

// The last signature is the one a later incremental update could not have slipped past.
const BYTE_RANGE = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/gu;

/** What the file says about its signature; no cryptography, that is pdfsig's or the verifier's job. */
export function readPdfSignature(pdf: Buffer): PdfSignatureInfo {
  const sha256 = createHash('sha256').update(pdf).digest('hex');
  // latin1 keeps one character per byte, so string indices are file offsets.
  const match = [...pdf.toString('latin1').matchAll(BYTE_RANGE)].at(-1);
  if (!match) return { signed: false, byteRange: null, coversWholeFile: false, sha256 };
  const byteRange = [Number(match[1]), Number(match[2]), Number(match[3]), Number(match[4])] as const;
  return { signed: true, byteRange, coversWholeFile: coversAllButContents(pdf, byteRange), sha256 };
}

function coversAllButContents(pdf: Buffer, [start, gapStart, gapEnd, restLength]: readonly [number, number, number, number]): boolean {
  if (start !== 0 || gapStart <= 0 || gapEnd <= gapStart + 1 || gapEnd + restLength !== pdf.length) return false;
  // The gap must be exactly one hex string, or bytes outside the signature would go unsigned.
  if (pdf[gapStart] !== 0x3c /* < */ || pdf[gapEnd - 1] !== 0x3e /* > */) return false;
  return /^[0-9a-fA-F]*$/u.test(pdf.subarray(gapStart + 1, gapEnd - 1).toString('latin1'));
}
