import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderProtocolPdf } from '../export/pdf/renderProtocolPdf';
import { fixtureAdjustedInput } from '../export/testing/exportFixtures';
import { pdfText } from '../export/testing/pdfText';
import { loadP12Seal } from './loadP12Seal';
import { readPdfSignature } from './readPdfSignature';
import { sealPdf } from './sealPdf';
import { loadOrCreateTestSeal, TEST_SEAL_COMMON_NAME } from './testSeal';
import { makeCertificate, makeP12 } from './testing/makeP12';
import { pdfsig } from './testing/pdfsig';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'protokoll-seal-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

const SIGNING_TIME = new Date('2022-02-14T09:15:00Z');
const options = { reason: 'Justerat protokoll', name: 'Skol- och utbildningschefer', location: 'Skövde', signingTime: SIGNING_TIME };

describe('sealPdf on the adjusted fixture protocol, with the test seal', async () => {
  const original = Buffer.from(await renderProtocolPdf(fixtureAdjustedInput()));
  const seal = loadOrCreateTestSeal(dataDir);
  const signed = await sealPdf(original, seal, options);
  const report = pdfsig(signed);

  it('is valid to pdfsig, covers the whole document and names the seal', () => {
    expect(report).toContain('Signature is Valid.');
    expect(report).toContain('Total document signed');
    expect(report).toContain(`Signer Certificate Common Name: ${TEST_SEAL_COMMON_NAME}`);
    expect(report).toContain('Signature Type: adbe.pkcs7.detached');
    // A self-signed certificate is in no trust store, so pdfsig calls its issuer unknown:
    // that says who vouches for the seal, not whether these bytes are what it signed.
    expect(report).toMatch(/Certificate Validation: (Certificate issuer is unknown|Unknown)/u);
  });

  it('becomes invalid when one signed byte changes', () => {
    const { byteRange } = readPdfSignature(signed);
    if (!byteRange) throw new Error('no ByteRange');
    for (const at of [100, byteRange[2] + 10]) {
      const tampered = Buffer.from(signed);
      tampered[at] = (tampered[at] ?? 0) ^ 0x01;
      const tamperedReport = pdfsig(tampered);
      expect(tamperedReport, `byte ${at}`).not.toContain('Signature is Valid.');
      expect(tamperedReport, `byte ${at}`).toMatch(/Signature Validation: (Digest Mismatch|Signature is Invalid)/u);
    }
  });

  it('keeps the original bytes as its prefix and the text readable', () => {
    expect(signed.subarray(0, original.length).equals(original)).toBe(true);
    const text = pdfText(signed);
    expect(text).toContain('PROTOKOLL');
    expect(text.replace(/\s+/gu, ' ')).toContain('Justerat digitalt 14 februari 2022 kl. 10.15 av Katarina Lindberg, Skövde (inloggad med organisationskonto katarina@skovde.se)');
  });

  it('reads back as signed over the whole file, and the same bytes for the same signing time', async () => {
    const info = readPdfSignature(signed);
    expect(info).toMatchObject({ signed: true, coversWholeFile: true });
    expect(info.byteRange?.[0]).toBe(0);
    expect((info.byteRange?.[2] ?? 0) + (info.byteRange?.[3] ?? 0)).toBe(signed.length);
    expect(info.sha256).toMatch(/^[0-9a-f]{64}$/u);
    expect(readPdfSignature(original)).toMatchObject({ signed: false, byteRange: null, coversWholeFile: false });
    expect((await sealPdf(original, seal, options)).equals(signed)).toBe(true);
  });

  it('writes what PDF/A-2 asks of the update: a trailer /ID, a printable zero-size widget, the PAdES SubFilter', () => {
    const update = signed.subarray(original.length).toString('latin1');
    const firstId = /\/ID \[<([0-9a-f]+)>/u.exec(original.subarray(original.lastIndexOf('trailer')).toString('latin1'))?.[1];
    expect(firstId).toBeDefined();
    expect(update).toMatch(new RegExp(`trailer\\n<<\\n/ID \\[<${firstId}> <[0-9a-f]{32}>\\]`, 'u'));
    expect(update).toContain('/SubFilter /adbe.pkcs7.detached');
    expect(update).toMatch(/\/Subtype \/Widget\n\/FT \/Sig\n\/Rect \[0 0 0 0\][^]*?\/F 4\n/u);
    expect(update).not.toContain('/NeedAppearances');
    // The catalog written again keeps what makes the file PDF/A.
    expect(update).toMatch(/\/Type \/Catalog[^]*?\/OutputIntents[^]*?\/Metadata[^]*?\/AcroForm/u);
    const startxref = Number(/startxref\n(\d+)\n%%EOF$/u.exec(update)?.[1]);
    expect(signed.subarray(startxref, startxref + 5).toString('latin1')).toBe('xref\n');
    expect(signed.subarray(-5).toString('latin1')).toBe('%%EOF');
  });

  it('refuses a PDF that is already signed', async () => {
    await expect(sealPdf(signed, seal, options)).rejects.toThrow(/already signed/u);
  });

  it('refuses a PDF with a cross-reference stream instead of guessing', async () => {
    const xrefStream = Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /XRef >>\nstream\nendstream\nendobj\nstartxref\n9\n%%EOF\n', 'latin1');
    await expect(sealPdf(xrefStream, seal, options)).rejects.toThrow(/cross-reference stream/u);
  });
});

describe('sealPdf with a CA-issued seal whose issuer has Swedish letters', async () => {
  // forge re-encodes a parsed issuer's UTF-8 twice when it names the signer; signer-p12 trips on
  // exactly this, so it is what SealSigner must get right.
  const ca = makeCertificate({ commonName: 'Testmyndighetens utfärdare för e-sigill', organization: 'Myndigheten för test', ca: true });
  const leaf = makeCertificate({ commonName: 'Grästorps kommun e-sigill', organization: 'Grästorps kommun', issuer: ca });
  const file = path.join(dataDir, 'org-seal.p12');
  fs.writeFileSync(file, makeP12(leaf, 'hemligt', [ca.cert]));
  const seal = loadP12Seal(file, 'hemligt');
  const signed = await sealPdf(Buffer.from(await renderProtocolPdf(fixtureAdjustedInput())), seal, options);

  it('is valid to pdfsig and names the organisation', () => {
    const report = pdfsig(signed);
    expect(seal.isTestSeal).toBe(false);
    expect(report).toContain('Signature is Valid.');
    expect(report).toContain('Total document signed');
    expect(report).toContain('Signer Certificate Common Name: Grästorps kommun e-sigill');
  });
});
