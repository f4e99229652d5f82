import type { ProtocolView } from '../protocolView';
import { COLOR, contentBox, ensureSpace, SIZE } from './pdfStyle';

/**
 * The signature block: one column per role. A draft gets lines to sign on;
 * an adjusted protocol states who adjusted it digitally, when, and the
 * SHA-256 of the final document, so a printout can be checked.
 */
export function writeSignatures(doc: PDFKit.PDFDocument, view: ProtocolView): void {
  const { left, width } = contentBox(doc);
  const columns = view.signatures.length;
  const gap = 18;
  const columnWidth = (width - gap * (columns - 1)) / Math.max(columns, 1);
  ensureSpace(doc, view.adjustment ? 170 : 130);
  doc.y += 14;
  const top = doc.y;
  let bottom = top;
  view.signatures.forEach((signature, index) => {
    const x = left + index * (columnWidth + gap);
    doc.font('sansBold').fontSize(SIZE.label).fillColor(COLOR.text).text(signature.label, x, top, { width: columnWidth });
    const names = signature.names.length > 0 ? signature.names : [''];
    for (const name of names) {
      const approved = signature.adjustedLines.find((line) => line.endsWith(` av ${name}`));
      if (view.adjustment) {
        doc.y += 4;
        doc.font('sans').fontSize(SIZE.body).fillColor(COLOR.text).text(name, x, doc.y, { width: columnWidth });
        if (approved) doc.font('sansItalic').fontSize(SIZE.small).fillColor(COLOR.muted).text(approved, x, doc.y, { width: columnWidth });
      } else {
        doc.y += 30;
        doc.moveTo(x, doc.y).lineTo(x + columnWidth, doc.y).lineWidth(0.5).strokeColor(COLOR.text).stroke();
        doc.y += 3;
        doc.font('sans').fontSize(SIZE.body).fillColor(COLOR.text).text(name || ' ', x, doc.y, { width: columnWidth });
      }
    }
    for (const line of signature.adjustedLines.filter((l) => !names.some((name) => l.endsWith(` av ${name}`)))) {
      doc.font('sansItalic').fontSize(SIZE.small).fillColor(COLOR.muted).text(line, x, doc.y, { width: columnWidth });
    }
    bottom = Math.max(bottom, doc.y);
  });
  doc.x = left;
  doc.y = bottom + 14;
  if (view.adjustment) {
    doc.font('sans').fontSize(SIZE.small).fillColor(COLOR.muted);
    for (const line of view.adjustment.lines) doc.text(line, left, doc.y, { width });
    doc.text(`Kontrollsumma (SHA-256) för det justerade dokumentet: ${view.adjustment.sha256}`, left, doc.y, { width });
    doc.fillColor(COLOR.text);
  }
}
