/** The files a meeting can be exported to, keyed by their URL name. */
export const EXPORT_FILES = {
  'export.pdf': { format: 'pdf', type: 'application/pdf', extension: 'pdf' },
  'export.docx': { format: 'docx', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: 'docx' },
  'export.md': { format: 'md', type: 'text/markdown; charset=utf-8', extension: 'md' },
  'export.html': { format: 'html', type: 'text/html; charset=utf-8', extension: 'html' },
  'notice.pdf': { format: 'notice', type: 'application/pdf', extension: 'pdf' },
  'action-items.csv': { format: 'csv', type: 'text/csv; charset=utf-8', extension: 'csv' },
  'next-meeting.ics': { format: 'ics', type: 'text/calendar; charset=utf-8', extension: 'ics' },
} as const;

export type ExportFile = keyof typeof EXPORT_FILES;
export type ExportFormat = (typeof EXPORT_FILES)[ExportFile]['format'];

/** Formats heavy enough to be rendered off the event loop, in the export worker. */
export const WORKER_FORMATS: readonly ExportFormat[] = ['pdf', 'docx', 'notice'];
