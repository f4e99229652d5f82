import { renderProtocolDocx } from '../docx/renderProtocolDocx';
import type { ExportInput } from '../exportInput';
import { renderProtocolHtml } from '../html/renderProtocolHtml';
import { renderProtocolMarkdown } from '../markdown/renderProtocolMarkdown';
import { renderProtocolPdf } from '../pdf/renderProtocolPdf';
import { pdfText } from './pdfText';
import { readZipEntry, wordText } from './readZipEntry';

export type TextFormat = 'pdf' | 'docx' | 'md' | 'html';

/** The text a reader sees in each export of `input`: PDF through pdftotext, DOCX from word/document.xml, HTML without its markup. */
export async function exportTexts(input: ExportInput): Promise<Record<TextFormat, string>> {
  const [pdf, docx] = await Promise.all([renderProtocolPdf(input), renderProtocolDocx(input)]);
  return {
    pdf: pdfText(pdf),
    docx: wordText(readZipEntry(docx, 'word/document.xml') ?? ''),
    md: renderProtocolMarkdown(input),
    html: htmlText(renderProtocolHtml(input)),
  };
}

/** The visible text of an HTML page: the body without tags, its character references decoded. */
export function htmlText(html: string): string {
  const body = /<body>([\s\S]*)<\/body>/u.exec(html)?.[1] ?? '';
  return body
    .replace(/<br>/gu, '\n')
    .replace(/<[^>]+>/gu, ' ')
    .replace(/&#(\d+);/gu, (_m, code: string) => String.fromCharCode(Number(code)))
    .replace(/&amp;/gu, '&');
}
