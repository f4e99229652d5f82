import type { ExportInput } from '../exportInput';
import { protocolView } from '../protocolView';
import { addDays, formatSwedishDate, stockholmDate } from '../swedishDate';
import { createPdfDocument, pdfBytes } from './createPdfDocument';
import { COLOR, contentBox, SIZE } from './pdfStyle';

/** Days a notice stays posted: the three weeks in which the decisions can be appealed. */
export const NOTICE_DAYS = 21;

/**
 * The notice of adjustment (anslagsbevis) of an adjusted protocol: posted the
 * day it was adjusted, taken down three weeks later. Throws for a draft,
 * which has no notice. Deterministic like the protocol PDF.
 */
export function renderNoticePdf(input: ExportInput): Promise<Uint8Array> {
  const { adjustment, protocol } = input;
  if (!adjustment || protocol.meeting.state !== 'adjusted') throw new Error('only an adjusted protocol has a notice');
  const view = protocolView(input);
  const posted = stockholmDate(adjustment.adjustedAt);
  const secretary = protocol.attendees.find((a) => a.role === 'sekreterare');
  const keptAt = secretary?.organization ? `${secretary.organization} (sekreterare ${secretary.name})` : secretary ? `Hos sekreteraren ${secretary.name}` : view.bodyName;
  const doc = createPdfDocument({ title: `Anslagsbevis ${view.bodyName} ${view.dateText}`, author: secretary?.name ?? view.bodyName, subject: 'Anslagsbevis', date: new Date(adjustment.adjustedAt) });
  doc.addPage();
  const { left, width } = contentBox(doc);

  doc.font('sansBold').fontSize(17).fillColor(COLOR.text).text('ANSLAGSBEVIS', left, doc.y, { width, characterSpacing: 1.2 });
  doc.font('sans').fontSize(SIZE.body).fillColor(COLOR.muted).text('Justeringen av protokollet har tillkännagivits genom anslag.', left, doc.y + 4, { width });
  doc.y += 14;
  doc.moveTo(left, doc.y).lineTo(left + width, doc.y).lineWidth(1.2).strokeColor(COLOR.text).stroke();
  doc.y += 16;

  const rows: [string, string][] = [
    ['Organ', view.bodyName],
    ['Sammanträdesdatum', view.dateText || '–'],
    ...(view.rangeText ? ([['Paragrafer', view.rangeText]] as [string, string][]) : []),
    ['Datum då protokollet justerades', formatSwedishDate(posted)],
    ['Datum då anslaget sätts upp', formatSwedishDate(posted)],
    ['Datum då anslaget tas ned', formatSwedishDate(addDays(posted, NOTICE_DAYS))],
    ['Förvaringsplats för protokollet', keptAt],
    ['Justerat av', adjustment.adjustedBy],
  ];
  for (const [label, value] of rows) {
    const top = doc.y;
    doc.font('sansBold').fontSize(SIZE.label).fillColor(COLOR.text).text(label, left, top + 0.8, { width: 190 });
    const afterLabel = doc.y;
    doc.font('sans').fontSize(SIZE.body).text(value, left + 200, top, { width: width - 200 });
    doc.y = Math.max(doc.y, afterLabel) + 9;
  }
  doc.y += 40;
  doc.moveTo(left, doc.y).lineTo(left + 260, doc.y).lineWidth(0.5).strokeColor(COLOR.text).stroke();
  doc.font('sans').fontSize(SIZE.small).fillColor(COLOR.muted).text('Underskrift', left, doc.y + 3, { width: 260 });
  doc.y += 30;
  doc.moveTo(left, doc.y).lineTo(left + 260, doc.y).lineWidth(0.5).strokeColor(COLOR.text).stroke();
  doc.text(`Namnförtydligande${secretary ? ` (${secretary.name})` : ''}`, left, doc.y + 3, { width: 260 });
  doc.y += 30;
  doc.text(`Kontrollsumma (SHA-256) för det justerade protokollet: ${adjustment.sha256}`, left, doc.y, { width });
  return pdfBytes(doc);
}
