import { Hono, type Context } from 'hono';
import { may } from '../../../shared/adjustment/permissions';
import type { Role } from '../../../shared/roles';
import { toWallTime } from '../../../shared/time/toWallTime';
import type { Authorizer } from '../../auth/authorizer';
import { contentDisposition, exportFilename } from '../../export/exportFilename';
import { EXPORT_FILES, type ExportFile, type ExportFormat } from '../../export/exportFormats';
import type { ExportSource } from '../../export/exportInput';
import { sharedExportRenderer, type ExportRenderer } from '../../export/exportRenderer';
import { installationTimeZone } from '../../time/installationTimeZone';
import { sealedPdfOf } from '../../seal/sealedPdfOf';
import type { SealedProtocolPdf } from '../../seal/sealedProtocolPdf';
import type { ExportResult } from '../../export/exportMessages';
import type { AdjustmentRecord, Correction } from '../../../shared/adjustment/types';
import type { MeetingState } from '../../../shared/meetingKind';
import { apiError } from '../apiError';
import { requestCredentials } from '../requestCredentials';

export interface ExportEvent {
  meetingId: string;
  role: Role;
  format: string;
  bytes: Uint8Array;
  adjusted: boolean;
}

export interface ExportRoutesDeps {
  authorizer: Authorizer;
  exportSource: ExportSource;
  /** Called after each successful export, e.g. to audit it and record the hash of the bytes handed out. */
  onExport?: (event: ExportEvent) => void;
  /** Where exports are read and rendered; the shared worker by default. */
  renderer?: ExportRenderer;
  /** Waits until the updates the meeting's sockets already sent are taken or refused, so an export holds a paste made just before. */
  settled?: (meetingId: string) => Promise<void>;
  /** The adjusted PDF signed with the seal, rendered once per state and then served as stored; without it the PDF is unsigned. */
  sealed?: SealedProtocolPdf;
}

/** A meeting ready to export: its state and lock, and how to render a format. */
interface LoadedExport {
  state: MeetingState;
  adjustment: AdjustmentRecord | null;
  corrections: Correction[];
  render(format: ExportFormat): Promise<ExportResult>;
}

/** The first word of a download's name where it is not the kind (Protokoll, Minnesanteckningar). */
const FILE_PREFIX: Partial<Record<ExportFormat, string>> = { notice: 'Anslagsbevis', csv: 'Uppdrag', ics: 'Nästa möte' };

/** GET /api/meetings/:id/export.(pdf|docx|md|html), notice.pdf, action-items.csv, next-meeting.ics. */
export function exportRoutes(deps: ExportRoutesDeps) {
  const { authorizer, exportSource, onExport } = deps;
  const renderer = deps.renderer ?? sharedExportRenderer;
  const app = new Hono();

  /** The meeting's state and how to render it: from stored updates in the worker when the source has them. */
  const load = (meetingId: string): LoadedExport | null => {
    const document = exportSource.readDocument?.(meetingId);
    if (document) {
      return {
        state: document.record.state,
        adjustment: document.adjustment,
        corrections: document.corrections,
        render: (format: ExportFormat) => renderer.renderDocument(format, document),
      };
    }
    if (document === null) return null;
    const input = exportSource.read(meetingId);
    if (!input) return null;
    return {
      state: input.protocol.meeting.state,
      adjustment: input.adjustment,
      corrections: input.corrections,
      render: async (format: ExportFormat) => ({ bytes: await renderer.render(format, input), meeting: input.protocol.meeting }),
    };
  };

  const handle = async (c: Context, file: ExportFile) => {
    const meetingId = c.req.param('id') ?? '';
    const authorization = authorizer.authorize(meetingId, requestCredentials(c));
    if (!authorization.ok) return apiError(c, authorization.status, authorization.code, authorization.message, authorization.reason);
    await deps.settled?.(meetingId);
    const found = load(meetingId);
    if (!found) return apiError(c, 404, 'not_found', `No meeting with id ${meetingId}`);
    if (!may(authorization.role, found.state, 'export')) return apiError(c, 403, 'forbidden', `The ${authorization.role} may not export this meeting`);
    const spec = EXPORT_FILES[file];
    const adjusted = found.state === 'adjusted' && found.adjustment !== null;
    if (spec.format === 'notice' && !adjusted) {
      return apiError(c, 409, 'conflict', 'The notice of adjustment (anslagsbevis) exists only once the protocol is adjusted');
    }
    // The adjusted PDF is the sealed, stored file, the same bytes for everyone; everything else is rendered now.
    const { bytes, meeting } =
      spec.format === 'pdf' && found.adjustment && adjusted && deps.sealed
        ? await sealedPdfOf(deps.sealed, meetingId, { adjustment: found.adjustment, corrections: found.corrections, renderPdf: () => found.render('pdf') })
        : await found.render(spec.format);
    if (!bytes) return apiError(c, 404, 'not_found', 'No next meeting is set in this protocol: enter its date under "Nästa möte" first');

    // Named by the day the meeting is held there, which for an instant late in the evening is not its UTC day.
    const date = meeting.startsAt === null ? null : toWallTime(meeting.startsAt, installationTimeZone());
    const name = exportFilename({ kind: meeting.kind, body: meeting.body, title: meeting.title, date, suffix: FILE_PREFIX[spec.format] }, spec.extension);
    const inline = spec.type === 'application/pdf' && c.req.query('inline') === '1';
    onExport?.({ meetingId, role: authorization.role, format: spec.format, bytes, adjusted });
    const headers: Record<string, string> = {
      'content-type': spec.type,
      'content-disposition': contentDisposition(inline ? 'inline' : 'attachment', name),
      'content-length': String(bytes.byteLength),
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    };
    // An exported page must not run anything, whatever it holds (not on the PDF: it would block the browser's viewer).
    if (spec.format === 'html' || spec.format === 'md') headers['content-security-policy'] = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";
    return c.body(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer, 200, headers);
  };

  for (const file of Object.keys(EXPORT_FILES) as ExportFile[]) {
    app.get(`/:id/${file}`, (c) => handle(c, file));
  }
  return app;
}

