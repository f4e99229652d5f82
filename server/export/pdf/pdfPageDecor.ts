import { COLOR, SIZE } from './pdfStyle';

/**
 * Draws "UTKAST" diagonally across the current page, translucent so the text
 * under it stays readable. Drawn last, over the content: drawing it when a
 * page starts would change the font of text that is flowing onto that page.
 */
function drawWatermark(doc: PDFKit.PDFDocument): void {
  const { width, height } = doc.page;
  doc.save();
  doc.rotate(-40, { origin: [width / 2, height / 2] });
  doc.font('sansBold').fontSize(120).fillColor(COLOR.watermark).fillOpacity(0.28);
  doc.text('UTKAST', 0, height / 2 - 70, { width, align: 'center', lineBreak: false });
  doc.restore();
}

/** "Sida N av M" and the footer text on every buffered page, and the watermark on a draft. */
export function drawFooters(doc: PDFKit.PDFDocument, footer: string, draft: boolean): void {
  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index++) {
    doc.switchToPage(index);
    const { margins, width, height } = doc.page;
    const bottom = margins.bottom;
    // Writing below the bottom margin would start a new page; lift it while the footer is drawn.
    doc.page.margins.bottom = 0;
    const y = height - bottom + 26;
    doc.moveTo(margins.left, y - 6).lineTo(width - margins.right, y - 6).lineWidth(0.5).strokeColor(COLOR.rule).stroke();
    const usable = width - margins.left - margins.right;
    doc.font('sans').fontSize(SIZE.small).fillColor(COLOR.muted);
    doc.text(footer, margins.left, y, { width: usable * 0.75, lineBreak: false, ellipsis: true });
    doc.text(`Sida ${index - range.start + 1} av ${range.count}`, margins.left + usable * 0.75, y, { width: usable * 0.25, align: 'right', lineBreak: false });
    if (draft) drawWatermark(doc);
    doc.page.margins.bottom = bottom;
  }
}
