import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** What poppler's pdfsig says about a PDF's signatures; it exits non-zero for an invalid one, so the output is kept either way. */
export function pdfsig(pdf: Buffer): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'protokoll-pdfsig-'));
  try {
    const file = path.join(dir, 'signed.pdf');
    fs.writeFileSync(file, pdf);
    try {
      return execFileSync('/usr/bin/pdfsig', [file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (error) {
      // execFileSync's error carries the child's output, as strings given encoding 'utf8'.
      const out = error as { stdout?: string; stderr?: string };
      return `${out.stdout ?? ''}${out.stderr ?? ''}`;
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
