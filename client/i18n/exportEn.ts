import type { exportSv } from './exportSv';

/** English strings of the export menu; typed so a missing or extra key fails to compile. */
export const exportEn: Record<keyof typeof exportSv, string> = {
  'export.button': 'Export',
  'export.menuLabel': 'Export the minutes',
  'export.pdf': 'PDF',
  'export.pdf.hint': 'Archival format (PDF/A), for printing and the records',
  'export.docx': 'Word (DOCX)',
  'export.docx.hint': 'To edit further in Word or LibreOffice',
  'export.md': 'Markdown',
  'export.md.hint': 'Plain text with headings and tables',
  'export.html': 'HTML',
  'export.html.hint': 'A self-contained web page, print-friendly',
  'export.csv': 'Action items (CSV)',
  'export.csv.hint': 'The action items, for Excel',
  'export.ics': 'Next meeting (.ics)',
  'export.ics.hint': 'Put the next meeting in your calendar',
  'export.notice': 'Notice of adjustment (PDF)',
  'export.notice.hint': 'Proof of approval to post on the notice board',
  'export.preview': 'Preview PDF',
  'export.previewTitle': 'Preview',
  'export.previewDraft': 'The minutes are not approved yet: the PDF is marked DRAFT (UTKAST).',
  'export.download': 'Download PDF',
  'export.close': 'Close',
};
