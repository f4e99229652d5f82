import { BorderStyle, ExternalHyperlink, HeadingLevel, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, type ParagraphChild } from 'docx';
import type { ProtocolBlock, ProtocolInline } from '../../../shared/protocol/types';
import type { BlocksView } from '../bodyView';
import { UNSTRUCTURED_LABEL } from '../problemNotice';
import { dueText } from '../protocolView';

/** Runs as Word runs; a hard break becomes a line break, a safe link a hyperlink. */
export function docxRuns(runs: readonly ProtocolInline[]): ParagraphChild[] {
  return runs.map((run) => {
    const lines = run.text.split('\n');
    const children = lines.map((line, index) => new TextRun({ text: line, bold: run.bold, italics: run.italic, break: index > 0 ? 1 : undefined, style: run.href ? 'Hyperlink' : undefined }));
    return run.href ? new ExternalHyperlink({ link: run.href, children }) : children;
  }).flat();
}

const HEADINGS = [HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '8C959C' };
// Lists deeper than this are not indented further: 12 steps are 3 of the page's 6.4 inches of text.
const MAX_INDENT_LEVELS = 12;

/** The body of one paragraph (§), or of a run outside them, in order. */
export function docxBlocks(item: BlocksView, blocks: readonly ProtocolBlock[], level = 0): (Paragraph | Table)[] {
  return blocks.flatMap((block): (Paragraph | Table)[] => {
    switch (block.type) {
      case 'paragraph':
        return [new Paragraph({ children: docxRuns(block.inlines) })];
      case 'heading':
        return [new Paragraph({ heading: HEADINGS[Math.min(1, Math.max(0, block.level - 3))], children: docxRuns(block.inlines) })];
      case 'list':
        return block.items.flatMap((entry, index) =>
          docxBlocks(item, entry, level + 1).map((child, childIndex) => {
            if (!(child instanceof Paragraph) || childIndex > 0) return child;
            // A marker of our own keeps the numbers as they were (Word numbering restarts are fiddly across apps).
            const marker = block.ordered ? `${block.start + index}.` : '•';
            return new Paragraph({ indent: { left: 360 * Math.min(level + 1, MAX_INDENT_LEVELS), hanging: 280 }, children: [new TextRun(`${marker}\t`), ...paragraphRuns(entry[0])] });
          }),
        );
      case 'table':
        return [
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER },
            rows: block.rows.map(
              (row) =>
                new TableRow({
                  tableHeader: row.cells.length > 0 && row.cells.every((cell) => cell.header),
                  cantSplit: true,
                  children: row.cells.map(
                    (cell) =>
                      new TableCell({
                        shading: cell.header ? { type: 'clear', color: 'auto', fill: 'E8ECEF' } : undefined,
                        margins: { top: 40, bottom: 40, left: 80, right: 80 },
                        children: cellChildren(item, cell.blocks, cell.header),
                      }),
                  ),
                }),
            ),
          }),
          new Paragraph({ children: [] }),
        ];
      case 'decision': {
        const decision = item.decisions[block.index];
        if (!decision) return [];
        const label = item.decisions.length > 1 ? `BESLUT ${decision.number}` : 'BESLUT';
        const showLeadIn = decision.leadIn && decision.leadIn.toLowerCase() !== 'beslut';
        const many = decision.clauses.length > 1;
        return [
          new Paragraph({ style: 'Decision', children: [new TextRun({ text: label, bold: true, font: 'Noto Sans', size: 18, color: '1F4E79' })] }),
          ...(showLeadIn ? [new Paragraph({ style: 'Decision', children: [new TextRun({ text: decision.leadIn, italics: true })] })] : []),
          ...decision.clauses.map((clause) => new Paragraph({ style: 'Decision', children: [new TextRun(many ? `– ${clause}` : clause)] })),
          new Paragraph({ children: [] }),
        ];
      }
      case 'actionItem': {
        const action = item.actionItems[block.index];
        if (!action) return [];
        const meta = `Ansvarig: ${action.assignee || '–'}    Klart: ${dueText(action.due) || '–'}    Status: ${action.status === 'done' ? 'klar' : 'öppen'}`;
        return [
          new Paragraph({ style: 'ActionItem', children: [new TextRun({ text: 'UPPDRAG', bold: true, font: 'Noto Sans', size: 18, color: '8A5A00' })] }),
          new Paragraph({ style: 'ActionItem', children: [new TextRun(action.task)] }),
          new Paragraph({ style: 'ActionItem', children: [new TextRun({ text: meta, font: 'Noto Sans', size: 16, color: '555555' })] }),
          new Paragraph({ children: [] }),
        ];
      }
      case 'unstructured':
        return warningParagraphs(UNSTRUCTURED_LABEL, block.text.split('\n'));
    }
  });
}

/** A box in the warning style: its label, then one paragraph per line. */
export function warningParagraphs(label: string, lines: readonly string[]): Paragraph[] {
  return [
    new Paragraph({ style: 'Warning', children: [new TextRun({ text: label, bold: true, font: 'Noto Sans', size: 18, color: 'AA3333' })] }),
    ...lines.map((line) => new Paragraph({ style: 'Warning', children: [new TextRun(line)] })),
    new Paragraph({ children: [] }),
  ];
}

function paragraphRuns(block: ProtocolBlock | undefined): ParagraphChild[] {
  return block && (block.type === 'paragraph' || block.type === 'heading') ? docxRuns(block.inlines) : [];
}

/** A cell holds at least one paragraph (Word refuses an empty cell); header text is bold. */
function cellChildren(item: BlocksView, blocks: readonly ProtocolBlock[], header: boolean): (Paragraph | Table)[] {
  const children = docxBlocks(item, header ? blocks.map(bold) : blocks);
  return children.length > 0 ? children : [new Paragraph({ children: [] })];
}

function bold(block: ProtocolBlock): ProtocolBlock {
  return block.type === 'paragraph' ? { ...block, inlines: block.inlines.map((run) => ({ ...run, bold: true })) } : block;
}
