import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
} from 'docx';
import type { ExportInput } from '../exportInput';
import { protocolView, type ProtocolView } from '../protocolView';
import type { BodyPartView } from '../bodyView';
import { docxBlocks, warningParagraphs } from './docxBlocks';
import { DOCX_STYLES } from './docxStyles';

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
// A4 and margins in twentieths of a point.
const PAGE = { width: 11906, height: 16838, margin: { top: 1240, bottom: 1300, left: 1440, right: 1240 } };

/** The protocol as a Word document: heading styles, the header as a table, Word tables, page numbers. */
export async function renderProtocolDocx(input: ExportInput): Promise<Uint8Array> {
  const view = protocolView(input);
  const doc = new Document({
    creator: 'Protokoll',
    title: `${view.kindLabel === 'PROTOKOLL' ? 'Protokoll' : 'Minnesanteckningar'} ${view.bodyName}`,
    description: view.footer,
    styles: DOCX_STYLES,
    sections: [
      {
        properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: PAGE.margin } },
        footers: { default: footer(view) },
        children: [
          ...titleBlock(view),
          headerTable(view),
          new Paragraph({ children: [] }),
          ...(view.problemNotice ? warningParagraphs(view.problemNotice.heading, [view.problemNotice.text, ...view.problemNotice.details]) : []),
          ...view.body.flatMap(bodyPart),
          ...(view.nextMeeting ? [new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Nästa möte')] }), new Paragraph(view.nextMeeting)] : []),
          new Paragraph({ children: [] }),
          signatureTable(view),
          ...adjustmentLines(view),
          ...corrections(view),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

function bodyPart(part: BodyPartView): (Paragraph | Table)[] {
  if (part.kind === 'loose') {
    // A rule after the § before, so the text is not read as part of it.
    const rule = part.afterItem ? [new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: '9A9A9A', space: 1 } }, children: [] })] : [];
    return [...rule, ...docxBlocks(part, part.blocks)];
  }
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(`${part.label}\t${part.title}`)], tabStops: [{ type: TabStopType.LEFT, position: 900 }] }),
    ...(part.presenter ? [new Paragraph({ style: 'Small', children: [new TextRun({ text: `Föredragande: ${part.presenter}`, italics: true })] })] : []),
    ...docxBlocks(part, part.blocks),
  ];
}

function titleBlock(view: ProtocolView): Paragraph[] {
  return [
    new Paragraph({
      style: 'Title',
      tabStops: [{ type: TabStopType.RIGHT, position: PAGE.width - PAGE.margin.left - PAGE.margin.right }],
      children: [new TextRun(view.bodyName), new TextRun({ text: `\t${view.kindLabel}`, characterSpacing: 24 })],
    }),
    ...(view.dateText ? [new Paragraph({ alignment: AlignmentType.RIGHT, style: 'Small', children: [new TextRun(view.dateText)] })] : []),
    ...(view.draft ? [new Paragraph({ children: [new TextRun({ text: 'UTKAST – protokollet är inte justerat', bold: true, color: 'AA3333', font: 'Noto Sans' })] })] : []),
    new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: '1A1A1A', space: 1 } }, children: [] }),
  ];
}

function headerTable(view: ProtocolView): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: view.header.map(
      (row) =>
        new TableRow({
          cantSplit: true,
          children: [
            new TableCell({ width: { size: 24, type: WidthType.PERCENTAGE }, children: [new Paragraph({ style: 'Label', children: [new TextRun(row.label)] })] }),
            new TableCell({
              width: { size: 76, type: WidthType.PERCENTAGE },
              children: row.lines.map((line) => new Paragraph({ spacing: { after: 0 }, children: [new TextRun({ text: line, font: 'Noto Sans', size: 20 })] })),
            }),
          ],
        }),
    ),
  });
}

function signatureTable(view: ProtocolView): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        cantSplit: true,
        children: view.signatures.map(
          (signature) =>
            new TableCell({
              children: [
                new Paragraph({ style: 'Label', keepNext: true, children: [new TextRun(signature.label)] }),
                ...(view.adjustment ? [] : [new Paragraph({ spacing: { before: 480 }, border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: '1A1A1A', space: 1 } }, children: [] })]),
                ...signature.names.map((name) => new Paragraph({ children: [new TextRun({ text: name, font: 'Noto Sans', size: 20 })] })),
                ...signature.adjustedLines.map((line) => new Paragraph({ style: 'Small', children: [new TextRun({ text: line, italics: true })] })),
              ],
            }),
        ),
      }),
    ],
  });
}

function adjustmentLines(view: ProtocolView): Paragraph[] {
  if (!view.adjustment) return [];
  return [
    new Paragraph({ children: [] }),
    ...view.adjustment.lines.map((line) => new Paragraph({ style: 'Small', children: [new TextRun(line)] })),
    new Paragraph({ style: 'Small', children: [new TextRun(`Kontrollsumma (SHA-256) för det justerade dokumentet: ${view.adjustment.sha256}`)] }),
  ];
}

function corrections(view: ProtocolView): Paragraph[] {
  if (view.corrections.length === 0) return [];
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: [new TextRun('Bilaga: Rättelser efter justering')] }),
    ...view.corrections.flatMap((c) => [
      new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(c.heading)] }),
      new Paragraph({ children: [new TextRun(`Rättelse: ${c.what}`)] }),
      new Paragraph({ children: [new TextRun({ text: `Skäl: ${c.why}`, italics: true })] }),
    ]),
  ];
}

function footer(view: ProtocolView): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: 'Small',
        border: { top: { style: BorderStyle.SINGLE, size: 4, color: '9A9A9A', space: 4 } },
        tabStops: [{ type: TabStopType.RIGHT, position: PAGE.width - PAGE.margin.left - PAGE.margin.right }],
        children: [new TextRun(view.footer), new TextRun({ children: ['\tSida ', PageNumber.CURRENT, ' av ', PageNumber.TOTAL_PAGES] })],
      }),
    ],
  });
}
