import type { MeetingState } from '../../shared/meetingKind';
import type { exportSv } from '../i18n/exportSv';

type ExportKey = keyof typeof exportSv;

/** One download in the export menu. */
export interface ExportEntry {
  id: 'pdf' | 'docx' | 'md' | 'html' | 'csv' | 'ics' | 'notice';
  file: string;
  label: ExportKey;
  hint: ExportKey;
}

const ENTRIES: readonly ExportEntry[] = [
  { id: 'pdf', file: 'export.pdf', label: 'export.pdf', hint: 'export.pdf.hint' },
  { id: 'docx', file: 'export.docx', label: 'export.docx', hint: 'export.docx.hint' },
  { id: 'md', file: 'export.md', label: 'export.md', hint: 'export.md.hint' },
  { id: 'html', file: 'export.html', label: 'export.html', hint: 'export.html.hint' },
  { id: 'csv', file: 'action-items.csv', label: 'export.csv', hint: 'export.csv.hint' },
  { id: 'ics', file: 'next-meeting.ics', label: 'export.ics', hint: 'export.ics.hint' },
  { id: 'notice', file: 'notice.pdf', label: 'export.notice', hint: 'export.notice.hint' },
];

/** The downloads offered in `state`: the notice of adjustment only once the protocol is adjusted. */
export function exportEntries(state: MeetingState): ExportEntry[] {
  return ENTRIES.filter((entry) => entry.id !== 'notice' || state === 'adjusted');
}

/** The endpoint of one export; the browser's session cookie authenticates the plain link. */
export function exportUrl(meetingId: string, file: string, inline = false): string {
  return `/api/meetings/${encodeURIComponent(meetingId)}/${file}${inline ? '?inline=1' : ''}`;
}
