import type { ProtocolBlock } from '../../../shared/protocol/types';
import type { BlocksView } from '../bodyView';
import { UNSTRUCTURED_LABEL } from '../problemNotice';
import { dueText } from '../protocolView';
import { inlinesHeight, writeInlines } from './pdfInlines';
import { COLOR, contentBox, ensureSpace, SIZE } from './pdfStyle';
import { writeTable } from './pdfTable';
import { writeWarning } from './pdfWarning';

const PARA_GAP = 5;
const BOX_PAD = 6;
const BAR = 2.5;
// The narrowest a nested list's text may get; deeper lists are not indented further.
const MIN_LIST_WIDTH = 160;

/** Writes the body of one paragraph (§), or of a run outside them: text, lists, tables, decisions and action items, in order. */
export function writeBodyBlocks(doc: PDFKit.PDFDocument, item: BlocksView): void {
  const { left, width } = contentBox(doc);
  writeBlocks(doc, item, item.blocks, left, width);
}

function writeBlocks(doc: PDFKit.PDFDocument, item: BlocksView, blocks: readonly ProtocolBlock[], x: number, width: number): void {
  for (const block of blocks) {
    switch (block.type) {
      case 'paragraph':
        writeInlines(doc, block.inlines, { size: SIZE.body, width, x, gap: PARA_GAP });
        break;
      case 'heading': {
        // Keep a sub-heading with the first lines that follow it.
        ensureSpace(doc, inlinesHeight(doc, block.inlines, { size: SIZE.subHeading, font: 'sans', width }) + 36);
        doc.y += 3;
        writeInlines(doc, block.inlines.map((run) => ({ ...run, bold: true })), { size: SIZE.subHeading, font: 'sans', width, x, gap: 2 });
        break;
      }
      case 'list':
        writeList(doc, item, block, x, width);
        break;
      case 'table':
        writeTable(doc, block, x, width);
        break;
      case 'decision':
        writeDecision(doc, item, block.index, x, width);
        break;
      case 'actionItem':
        writeActionItem(doc, item, block.index, x, width);
        break;
      case 'unstructured':
        writeWarning(doc, UNSTRUCTURED_LABEL, block.text.split('\n'), x, width);
        break;
    }
  }
}

function writeList(doc: PDFKit.PDFDocument, item: BlocksView, list: Extract<ProtocolBlock, { type: 'list' }>, x: number, width: number): void {
  const indent = list.ordered ? 20 : 14;
  if (width - indent - 4 < MIN_LIST_WIDTH) {
    writeUnindentedList(doc, item, list, x, width);
    return;
  }
  list.items.forEach((entry, index) => {
    ensureSpace(doc, 16);
    const marker = list.ordered ? `${list.start + index}.` : '•';
    const top = doc.y;
    doc.font('serif').fontSize(SIZE.body).fillColor(COLOR.text).text(marker, x + 4, top, { width: indent, lineBreak: false });
    doc.x = x + indent + 4;
    doc.y = top;
    writeBlocks(doc, item, entry.length > 0 ? entry : [{ type: 'paragraph', inlines: [{ text: ' ' }] }], x + indent + 4, width - indent - 4);
    doc.y -= PARA_GAP - 2;
  });
  doc.x = x;
  doc.y += PARA_GAP;
}

/**
 * A list nested so deep that another indent would leave its text too narrow
 * to read (or no width at all, where pdfkit drops the text): it stays at the
 * indent of the list around it, each item's marker leading its first line.
 */
function writeUnindentedList(doc: PDFKit.PDFDocument, item: BlocksView, list: Extract<ProtocolBlock, { type: 'list' }>, x: number, width: number): void {
  list.items.forEach((entry, index) => {
    const marker = { text: `${list.ordered ? `${list.start + index}.` : '•'} ` };
    const [first, ...rest] = entry;
    const lead: ProtocolBlock[] = first?.type === 'paragraph' ? [{ ...first, inlines: [marker, ...first.inlines] }] : [{ type: 'paragraph', inlines: [marker] }, ...(first ? [first] : [])];
    writeBlocks(doc, item, [...lead, ...rest], x, width);
  });
}

/** A box with a coloured bar on the left, kept on one page when it fits on one. */
function box(doc: PDFKit.PDFDocument, x: number, width: number, height: number, bar: string, fill: string, draw: (innerX: number, innerWidth: number) => void): void {
  const page = contentBox(doc);
  if (height < page.bottom - page.top) ensureSpace(doc, height + 4);
  const top = doc.y;
  doc.rect(x, top, width, height).fill(fill);
  doc.rect(x, top, BAR, height).fill(bar);
  doc.y = top + BOX_PAD;
  draw(x + BAR + BOX_PAD + 2, width - BAR - 2 * BOX_PAD - 2);
  doc.x = x;
  doc.y = Math.max(doc.y, top + height) + PARA_GAP + 2;
  doc.fillColor(COLOR.text);
}

function writeDecision(doc: PDFKit.PDFDocument, item: BlocksView, index: number, x: number, width: number): void {
  const decision = item.decisions[index];
  if (!decision) return;
  const inner = width - BAR - 2 * BOX_PAD - 2;
  const label = item.decisions.length > 1 ? `Beslut ${decision.number}` : 'Beslut';
  const showLeadIn = decision.leadIn.trim().length > 0 && decision.leadIn.trim().toLowerCase() !== 'beslut';
  const clauses = decision.clauses.filter((clause) => clause.length > 0);
  const bullet = clauses.length > 1;
  const clauseWidth = bullet ? inner - 12 : inner;
  const height =
    BOX_PAD * 2 +
    doc.font('sansBold').fontSize(SIZE.label).heightOfString(label) + 2 +
    (showLeadIn ? inlinesHeight(doc, [{ text: decision.leadIn }], { size: SIZE.body, width: inner }) + 2 : 0) +
    clauses.reduce((sum, clause) => sum + inlinesHeight(doc, [{ text: clause }], { size: SIZE.body, width: clauseWidth }) + 2, 0);
  box(doc, x, width, height, COLOR.decisionBar, COLOR.decisionFill, (ix, iw) => {
    doc.font('sansBold').fontSize(SIZE.label).fillColor(COLOR.decisionBar).text(label.toUpperCase(), ix, doc.y, { width: iw, characterSpacing: 0.6 });
    doc.y += 2;
    if (showLeadIn) writeInlines(doc, [{ text: decision.leadIn, italic: true }], { size: SIZE.body, width: iw, x: ix, gap: 2 });
    for (const clause of clauses) {
      if (bullet) {
        const top = doc.y;
        doc.font('serif').fontSize(SIZE.body).fillColor(COLOR.text).text('–', ix, top, { width: 10, lineBreak: false });
        doc.y = top;
        writeInlines(doc, [{ text: clause }], { size: SIZE.body, width: clauseWidth, x: ix + 12, gap: 2 });
      } else {
        writeInlines(doc, [{ text: clause }], { size: SIZE.body, width: clauseWidth, x: ix, gap: 2 });
      }
    }
  });
}

function writeActionItem(doc: PDFKit.PDFDocument, item: BlocksView, index: number, x: number, width: number): void {
  const action = item.actionItems[index];
  if (!action) return;
  const inner = width - BAR - 2 * BOX_PAD - 2;
  const meta = [`Ansvarig: ${action.assignee || '–'}`, `Klart: ${dueText(action.due) || '–'}`, action.status === 'done' ? 'Status: klar' : 'Status: öppen'].join('    ');
  const height =
    BOX_PAD * 2 +
    doc.font('sansBold').fontSize(SIZE.label).heightOfString('UPPDRAG') + 2 +
    inlinesHeight(doc, [{ text: action.task || ' ' }], { size: SIZE.body, width: inner }) + 2 +
    doc.font('sans').fontSize(SIZE.small).heightOfString(meta, { width: inner });
  box(doc, x, width, height, COLOR.actionBar, COLOR.actionFill, (ix, iw) => {
    doc.font('sansBold').fontSize(SIZE.label).fillColor(COLOR.actionBar).text('UPPDRAG', ix, doc.y, { width: iw, characterSpacing: 0.6 });
    doc.y += 2;
    writeInlines(doc, [{ text: action.task || ' ' }], { size: SIZE.body, width: iw, x: ix, gap: 2 });
    doc.font('sans').fontSize(SIZE.small).fillColor(COLOR.muted).text(meta, ix, doc.y, { width: iw });
  });
}
