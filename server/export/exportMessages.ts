import type { StructuredProtocol } from '../../shared/protocol/types';
import type { ExportFormat } from './exportFormats';
import type { ExportDocument, ExportInput } from './exportInput';

/**
 * A render job sent to the export worker: a ready input, or stored updates to
 * read first; `timeZone` is the installation's, which the worker thread does not read itself.
 */
export type ExportRequest = { id: number; format: ExportFormat; timeZone: string } & ({ input: ExportInput } | { document: ExportDocument });

/** What a render produced: the bytes (null when the format has nothing to show) and the meeting as the document has it. */
export interface ExportResult {
  bytes: Uint8Array | null;
  meeting: StructuredProtocol['meeting'];
}

/** The worker's answer to one job. */
export type ExportResponse = ({ id: number; ok: true } & ExportResult) | { id: number; ok: false; message: string };
