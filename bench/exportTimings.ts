import { renderProtocolDocx } from '../server/export/docx/renderProtocolDocx';
import type { ExportInput } from '../server/export/exportInput';
import { renderProtocolPdf } from '../server/export/pdf/renderProtocolPdf';

export interface ExportTiming {
  protocol: string;
  pages: number;
  pdfMs: number;
  pdfKiB: number;
  docxMs: number;
  docxKiB: number;
}

/** Pages of a pdfkit PDF: its page objects. */
export function pdfPageCount(bytes: Uint8Array): number {
  return Buffer.from(bytes).toString('latin1').match(/\/Type \/Page\b/gu)?.length ?? 0;
}

async function median(runs: number, render: () => Promise<Uint8Array>): Promise<{ ms: number; bytes: Uint8Array }> {
  let bytes: Uint8Array = new Uint8Array();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    bytes = await render();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)] ?? Number.NaN, bytes };
}

/** PDF and DOCX render time of one protocol in this thread (median of `runs`, after one warm-up). */
export async function timeExports(protocol: string, input: ExportInput, runs = 3): Promise<ExportTiming> {
  await renderProtocolPdf(input);
  await renderProtocolDocx(input);
  const pdf = await median(runs, () => renderProtocolPdf(input));
  const docx = await median(runs, () => renderProtocolDocx(input));
  return { protocol, pages: pdfPageCount(pdf.bytes), pdfMs: pdf.ms, pdfKiB: pdf.bytes.byteLength / 1024, docxMs: docx.ms, docxKiB: docx.bytes.byteLength / 1024 };
}
