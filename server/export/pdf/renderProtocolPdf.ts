import type { ItemView, LooseView } from '../bodyView';
import type { ExportInput } from '../exportInput';
import { protocolView, type ProtocolView } from '../protocolView';
import { createPdfDocument, pdfBytes } from './createPdfDocument';
import { writeBodyBlocks } from './pdfBlocks';
import { drawFooters } from './pdfPageDecor';
import { writeHeader } from './pdfHeader';
import { writeSignatures } from './pdfSignatures';
import { COLOR, contentBox, ensureSpace, SIZE } from './pdfStyle';
import { writeWarning } from './pdfWarning';

/** The protocol as an A4 PDF/A-2b; an adjusted one gives the same bytes every time. */
export function renderProtocolPdf(input: ExportInput): Promise<Uint8Array> {
  const view = protocolView(input);
  const doc = createPdfDocument({
    title: `${view.kindLabel === 'PROTOKOLL' ? 'Protokoll' : 'Minnesanteckningar'} ${view.bodyName}${view.dateText ? ` ${view.dateText}` : ''}`,
    author: input.protocol.attendees.filter((a) => a.role === 'sekreterare').map((a) => a.name).join(', ') || view.bodyName,
    subject: [view.title, view.rangeText].filter(Boolean).join(', '),
    date: view.adjustment ? new Date(view.adjustment.adjustedAt) : new Date(),
  });
  doc.addPage();

  writeHeader(doc, view);
  if (view.problemNotice) {
    const { left, width } = contentBox(doc);
    writeWarning(doc, view.problemNotice.heading, [view.problemNotice.text], left, width, view.problemNotice.details);
    doc.y += 6;
  }
  for (const part of view.body) {
    if (part.kind === 'item') writeItem(doc, part);
    else writeLoose(doc, part);
  }
  if (view.nextMeeting) {
    section(doc, 'Nästa möte');
    doc.font('serif').fontSize(SIZE.body).fillColor(COLOR.text).text(view.nextMeeting, contentBox(doc).left, doc.y, { width: contentBox(doc).width });
    doc.y += 6;
  }
  writeSignatures(doc, view);
  if (view.corrections.length > 0) writeCorrections(doc, view);
  drawFooters(doc, view.footer, view.draft);
  return pdfBytes(doc);
}

function writeItem(doc: PDFKit.PDFDocument, item: ItemView): void {
  const { left, width } = contentBox(doc);
  // Keep the § heading with the start of its body.
  ensureSpace(doc, 64);
  doc.y += 4;
  const top = doc.y;
  doc.font('sansBold').fontSize(SIZE.itemHeading).fillColor(COLOR.text).text(item.label, left, top, { width: 48, lineBreak: false });
  doc.text(item.title || '(utan rubrik)', left + 48, top, { width: width - 48 });
  if (item.presenter) doc.font('sansItalic').fontSize(SIZE.label).fillColor(COLOR.muted).text(`Föredragande: ${item.presenter}`, left + 48, doc.y, { width: width - 48 });
  doc.fillColor(COLOR.text);
  doc.x = left;
  doc.y += 5;
  writeBodyBlocks(doc, item);
  doc.y += 8;
}

/** Content outside any §: its blocks, after a thin rule when a § body comes before, so it is not read as part of that §. */
function writeLoose(doc: PDFKit.PDFDocument, loose: LooseView): void {
  const { left, right } = contentBox(doc);
  if (loose.afterItem) {
    ensureSpace(doc, 40);
    doc.moveTo(left, doc.y).lineTo(right, doc.y).lineWidth(0.5).strokeColor(COLOR.rule).stroke();
    doc.y += 8;
  }
  doc.x = left;
  writeBodyBlocks(doc, loose);
  doc.y += 8;
}

function section(doc: PDFKit.PDFDocument, title: string): void {
  const { left, width } = contentBox(doc);
  ensureSpace(doc, 50);
  doc.y += 4;
  doc.font('sansBold').fontSize(SIZE.itemHeading).fillColor(COLOR.text).text(title, left, doc.y, { width });
  doc.y += 4;
}

function writeCorrections(doc: PDFKit.PDFDocument, view: ProtocolView): void {
  doc.addPage();
  const { left, width } = contentBox(doc);
  doc.font('sansBold').fontSize(14).fillColor(COLOR.text).text('Bilaga: Rättelser efter justering', left, doc.y, { width });
  doc.font('sans').fontSize(SIZE.label).fillColor(COLOR.muted).text('Protokollet är justerat och ändras inte. Följande rättelser har förts in efteråt.', left, doc.y + 2, { width });
  doc.y += 12;
  for (const correction of view.corrections) {
    ensureSpace(doc, 60);
    doc.font('sansBold').fontSize(SIZE.body).fillColor(COLOR.text).text(correction.heading, left, doc.y, { width });
    doc.font('serif').fontSize(SIZE.body).text(`Rättelse: ${correction.what}`, left, doc.y + 2, { width });
    doc.font('serifItalic').text(`Skäl: ${correction.why}`, left, doc.y + 1, { width });
    doc.y += 10;
  }
}
