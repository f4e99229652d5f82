import type { ProtocolInline } from '../../../shared/protocol/types';
import type { FontName } from './pdfFonts';
import { COLOR } from './pdfStyle';

export interface InlineStyle {
  size: number;
  font?: 'serif' | 'sans';
  color?: string;
  width: number;
  x: number;
  /** Space after the paragraph (points). */
  gap?: number;
}

/** The font of a run: serif or sans in its weight and slant (sans has no bold italic; bold wins). */
export function fontOf(family: 'serif' | 'sans', run: Pick<ProtocolInline, 'bold' | 'italic'>): FontName {
  if (family === 'sans') return run.bold ? 'sansBold' : run.italic ? 'sansItalic' : 'sans';
  if (run.bold && run.italic) return 'serifBoldItalic';
  return run.bold ? 'serifBold' : run.italic ? 'serifItalic' : 'serif';
}

/**
 * Writes one paragraph of runs at (x, doc.y), flowing over pages. Links are
 * real link annotations (only allow-listed schemes reach this point).
 */
export function writeInlines(doc: PDFKit.PDFDocument, runs: readonly ProtocolInline[], style: InlineStyle): void {
  const family = style.font ?? 'serif';
  const visible = runs.filter((run) => run.text.length > 0);
  if (visible.length === 0) return;
  doc.fontSize(style.size);
  visible.forEach((run, index) => {
    const last = index === visible.length - 1;
    doc
      .font(fontOf(family, run))
      .fillColor(run.href ? COLOR.link : (style.color ?? COLOR.text))
      .text(run.text, index === 0 ? style.x : undefined, undefined, {
        width: style.width,
        continued: !last,
        link: run.href ?? null,
        underline: Boolean(run.href),
        lineGap: 1.5,
      });
  });
  doc.x = style.x;
  doc.fillColor(COLOR.text);
  if (style.gap) doc.y += style.gap;
}

/** Height a paragraph of runs takes at this width, measured in its regular face. */
export function inlinesHeight(doc: PDFKit.PDFDocument, runs: readonly ProtocolInline[], style: Pick<InlineStyle, 'size' | 'font' | 'width'>): number {
  const text = runs.map((run) => run.text).join('');
  if (!text) return 0;
  return doc
    .font(style.font === 'sans' ? 'sans' : 'serif')
    .fontSize(style.size)
    .heightOfString(text, { width: style.width, lineGap: 1.5 });
}
