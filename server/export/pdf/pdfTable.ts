import type { ProtocolBlock } from '../../../shared/protocol/types';
import { blockParagraphs } from '../blockParagraphs';
import { COLOR, contentBox, SIZE } from './pdfStyle';

type TableBlock = Extract<ProtocolBlock, { type: 'table' }>;

const PAD = 4;
const PARA_GAP = 3;
const LINE_GAP = 1;

interface Cell {
  header: boolean;
  paragraphs: string[];
}

/**
 * A table laid out by hand, since pdfkit's own does not repeat headers:
 * column widths follow the content (never narrower than the longest word),
 * a row that does not fit on the page moves to the next one, and the header
 * rows are drawn again at the top of each continued page.
 */
export function writeTable(doc: PDFKit.PDFDocument, table: TableBlock, x: number, width: number): void {
  const rows: Cell[][] = table.rows.map((row) => row.cells.map((cell) => ({ header: cell.header, paragraphs: blockParagraphs(cell.blocks) })));
  const columns = rows.reduce((widest, row) => Math.max(widest, row.length), 0);
  if (columns === 0) return;
  const widths = columnWidths(doc, rows, columns, width);
  const headerRows = rows.filter((row) => row.length > 0 && row.every((cell) => cell.header));
  const leadingHeaders = rows.findIndex((row) => !(row.length > 0 && row.every((cell) => cell.header)));
  const repeat = leadingHeaders > 0 ? headerRows.slice(0, leadingHeaders) : [];

  rows.forEach((row, index) => {
    const height = rowHeight(doc, row, widths);
    if (doc.y + height > contentBox(doc).bottom && doc.y > contentBox(doc).top + 1) {
      doc.addPage();
      if (index >= repeat.length) for (const header of repeat) drawRow(doc, header, widths, x, rowHeight(doc, header, widths));
    }
    drawRow(doc, row, widths, x, height);
  });
  doc.x = x;
  doc.y += 8;
}

function fontFor(doc: PDFKit.PDFDocument, header: boolean) {
  return doc.font(header ? 'sansBold' : 'serif').fontSize(SIZE.body - 1);
}

function columnWidths(doc: PDFKit.PDFDocument, rows: Cell[][], columns: number, width: number): number[] {
  const minimum = new Array<number>(columns).fill(28);
  const natural = new Array<number>(columns).fill(0);
  for (const row of rows) {
    row.forEach((cell, column) => {
      fontFor(doc, cell.header);
      for (const paragraph of cell.paragraphs) {
        natural[column] = Math.max(natural[column] ?? 0, Math.min(doc.widthOfString(paragraph), width * 0.7) + 2 * PAD);
        for (const word of paragraph.split(/\s+/u)) minimum[column] = Math.max(minimum[column] ?? 0, doc.widthOfString(word) + 2 * PAD);
      }
    });
  }
  const base = minimum.map((min) => Math.min(min, width / columns));
  const spare = width - base.reduce((a, b) => a + b, 0);
  const wants = natural.map((n, i) => Math.max(0, n - (base[i] ?? 0)));
  const wanted = wants.reduce((a, b) => a + b, 0);
  return base.map((b, i) => b + (wanted > 0 ? (spare * (wants[i] ?? 0)) / wanted : spare / columns));
}

function rowHeight(doc: PDFKit.PDFDocument, row: Cell[], widths: number[]): number {
  let height = 0;
  row.forEach((cell, column) => {
    fontFor(doc, cell.header);
    const inner = (widths[column] ?? 0) - 2 * PAD;
    const text = cell.paragraphs.reduce((sum, p, i) => sum + doc.heightOfString(p || ' ', { width: inner, lineGap: LINE_GAP }) + (i > 0 ? PARA_GAP : 0), 0);
    height = Math.max(height, text + 2 * PAD);
  });
  return height;
}

function drawRow(doc: PDFKit.PDFDocument, row: Cell[], widths: number[], x: number, height: number): void {
  const top = doc.y;
  let left = x;
  widths.forEach((width, column) => {
    const cell = row[column];
    if (cell?.header) doc.rect(left, top, width, height).fill(COLOR.tableHeader);
    doc.rect(left, top, width, height).lineWidth(0.5).strokeColor(COLOR.tableBorder).stroke();
    if (cell) {
      fontFor(doc, cell.header).fillColor(COLOR.text);
      let y = top + PAD;
      for (const paragraph of cell.paragraphs) {
        doc.text(paragraph, left + PAD, y, { width: width - 2 * PAD, lineGap: LINE_GAP });
        y = doc.y + PARA_GAP;
      }
    }
    left += width;
  });
  doc.x = x;
  doc.y = top + height;
}
