import PDFDocument from 'pdfkit';
import { registerFonts } from './pdfFonts';
import { PAGE } from './pdfStyle';

export interface PdfMeta {
  title: string;
  author: string;
  subject: string;
  /** The fixed creation and modification date: the adjustment time for a final protocol, now for a draft. */
  date: Date;
}

/**
 * A4 PDF/A-2b document (PDF 1.7, tagged, fonts embedded, XMP with title,
 * author and dates). With a fixed date the bytes are the same every time:
 * pdfkit derives the document ID from the info dictionary, and nothing else
 * in its output depends on the clock.
 */
export function createPdfDocument(meta: PdfMeta): PDFKit.PDFDocument {
  const doc = new PDFDocument({
    size: PAGE.size,
    margins: PAGE.margins,
    pdfVersion: '1.7',
    subset: 'PDF/A-2b',
    tagged: true,
    lang: 'sv-SE',
    displayTitle: true,
    bufferPages: true,
    autoFirstPage: false,
    info: {
      Title: xmpSafe(meta.title),
      Author: xmpSafe(meta.author),
      Subject: xmpSafe(meta.subject),
      Creator: 'Protokoll',
      Producer: 'Protokoll (PDFKit)',
      CreationDate: meta.date,
      ModDate: meta.date,
    },
  });
  registerFonts(doc);
  // pdfkit writes CreateDate but no ModifyDate into the XMP; PDF/A wants Info and XMP to agree.
  const stamp = `${meta.date.toISOString().split('.')[0]}Z`;
  doc.appendXML(`
        <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
            <xmp:ModifyDate>${stamp}</xmp:ModifyDate>
            <xmp:MetadataDate>${stamp}</xmp:MetadataDate>
        </rdf:Description>
        `);
  return doc;
}

/**
 * pdfkit puts Title/Author into the XMP packet without escaping them, so a
 * title with "<" or "&" would break the metadata: such characters become
 * look-alikes that need no escaping.
 */
function xmpSafe(text: string): string {
  return text.replace(/&/gu, '＆').replace(/</gu, '‹').replace(/>/gu, '›');
}

/** Collects the document's bytes; call after drawing everything. */
export function pdfBytes(doc: PDFKit.PDFDocument): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
    doc.end();
  });
}
