import type { ProtocolView } from '../protocolView';
import { COLOR, contentBox, ensureSpace, SIZE } from './pdfStyle';

const LABEL_WIDTH = 118;

/** The first-page header: body and kind, then the labelled rows (Tid och plats, Beslutande, …). */
export function writeHeader(doc: PDFKit.PDFDocument, view: ProtocolView): void {
  const { left, right, width } = contentBox(doc);
  const top = doc.y;
  doc.font('sansBold').fontSize(15).fillColor(COLOR.text).text(view.bodyName, left, top, { width: width * 0.62 });
  const afterBody = doc.y;
  doc.font('sansBold').fontSize(15).text(view.kindLabel, left + width * 0.62, top, { width: width * 0.38, align: 'right', characterSpacing: 1.2 });
  if (view.dateText) doc.font('sans').fontSize(SIZE.label).fillColor(COLOR.muted).text(view.dateText, left + width * 0.62, doc.y + 1, { width: width * 0.38, align: 'right' });
  doc.y = Math.max(afterBody, doc.y) + 8;
  doc.moveTo(left, doc.y).lineTo(right, doc.y).lineWidth(1.2).strokeColor(COLOR.text).stroke();
  doc.y += 12;

  for (const row of view.header) {
    const lineHeight = doc.font('sans').fontSize(SIZE.body).currentLineHeight(true) + 1;
    ensureSpace(doc, lineHeight * Math.min(row.lines.length, 3) + 6);
    const rowTop = doc.y;
    doc.font('sansBold').fontSize(SIZE.label).fillColor(COLOR.text).text(row.label, left, rowTop + 0.8, { width: LABEL_WIDTH - 8 });
    doc.y = rowTop;
    doc.font('sans').fontSize(SIZE.body).fillColor(COLOR.text);
    for (const line of row.lines) doc.text(line, left + LABEL_WIDTH, doc.y, { width: width - LABEL_WIDTH, lineGap: 1 });
    doc.y = Math.max(doc.y, rowTop + lineHeight) + 7;
  }
  doc.moveTo(left, doc.y).lineTo(right, doc.y).lineWidth(0.5).strokeColor(COLOR.rule).stroke();
  doc.x = left;
  doc.y += 16;
}
