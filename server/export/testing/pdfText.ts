import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The text of a PDF as poppler's pdftotext reads it (in content-stream order, so a watermark drawn last does not split lines). */
export function pdfText(bytes: Uint8Array): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'protokoll-pdf-'));
  try {
    const file = path.join(dir, 'in.pdf');
    fs.writeFileSync(file, bytes);
    return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Whether every string appears in `text` in this order (whitespace and line breaks folded). */
export function inOrder(text: string, parts: readonly string[]): string[] {
  const flat = text.replace(/\s+/gu, ' ');
  const missing: string[] = [];
  let from = 0;
  for (const part of parts) {
    const at = flat.indexOf(part.replace(/\s+/gu, ' '), from);
    if (at < 0) missing.push(part);
    else from = at + part.length;
  }
  return missing;
}
