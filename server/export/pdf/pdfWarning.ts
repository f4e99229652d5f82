import { writeInlines } from './pdfInlines';
import { COLOR, ensureSpace, SIZE } from './pdfStyle';

/**
 * A warning in the body, in red: its label, the lines, then smaller detail
 * lines. Not boxed: what it shows may run over pages and must flow there.
 */
export function writeWarning(doc: PDFKit.PDFDocument, label: string, lines: readonly string[], x: number, width: number, details: readonly string[] = []): void {
  ensureSpace(doc, 40);
  doc.y += 2;
  doc.font('sansBold').fontSize(SIZE.label).fillColor(COLOR.warning).text(label, x, doc.y, { width });
  doc.y += 2;
  for (const line of lines) writeInlines(doc, [{ text: line || ' ' }], { size: SIZE.body, width, x, gap: 2 });
  for (const line of details) writeInlines(doc, [{ text: line }], { size: SIZE.small, font: 'sans', color: COLOR.muted, width, x, gap: 1 });
  doc.x = x;
  doc.y += 5;
  doc.fillColor(COLOR.text);
}
