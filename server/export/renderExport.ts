import { actionItemsCsv } from './csv/actionItemsCsv';
import { renderProtocolDocx } from './docx/renderProtocolDocx';
import type { ExportInput } from './exportInput';
import type { ExportFormat } from './exportFormats';
import { renderProtocolHtml } from './html/renderProtocolHtml';
import { nextMeetingIcs } from './ics/nextMeetingIcs';
import { renderProtocolMarkdown } from './markdown/renderProtocolMarkdown';
import { renderNoticePdf } from './pdf/renderNoticePdf';
import { renderProtocolPdf } from './pdf/renderProtocolPdf';

const utf8 = (text: string) => new TextEncoder().encode(text);

/**
 * The bytes of one export format, in this thread; null when the format has
 * nothing to show (no next meeting for .ics). Every format starts from the
 * same ExportInput: none reads another's output.
 */
export async function renderExport(format: ExportFormat, input: ExportInput): Promise<Uint8Array | null> {
  switch (format) {
    case 'pdf':
      return renderProtocolPdf(input);
    case 'notice':
      return renderNoticePdf(input);
    case 'docx':
      return renderProtocolDocx(input);
    case 'md':
      return utf8(renderProtocolMarkdown(input));
    case 'html':
      return utf8(renderProtocolHtml(input));
    case 'csv':
      return utf8(actionItemsCsv(input.protocol));
    case 'ics': {
      const stamp = input.adjustment ? new Date(input.adjustment.adjustedAt) : new Date();
      const ics = nextMeetingIcs(input.protocol, stamp);
      return ics === null ? null : utf8(ics);
    }
  }
}
