import type { AdjustmentRecord, Correction } from '../../shared/adjustment/types';
import type { MeetingRecord } from '../../shared/protocol/extractProtocol';
import type { StructuredProtocol } from '../../shared/protocol/types';

/** Everything an export is built from: the structured protocol (with blocks) and its adjustment. */
export interface ExportInput {
  protocol: StructuredProtocol;
  adjustment: AdjustmentRecord | null;
  corrections: Correction[];
}

/**
 * A meeting as its stored Yjs updates plus what lies outside the document:
 * cheap to read on the event loop, and the export worker turns it into an
 * ExportInput (decoding and extraction cost ~10–40 ms for 100 pages).
 */
export interface ExportDocument {
  /** Updates that together make the document, applied in order (the snapshot first). */
  updates: Uint8Array[];
  record: MeetingRecord;
  adjustment: AdjustmentRecord | null;
  corrections: Correction[];
}

/** Where the export routes read a meeting from; null for an unknown meeting. */
export interface ExportSource {
  read(meetingId: string): ExportInput | null;
  /** The same meeting as document bytes; when a source has it, reading and rendering both happen in the worker. */
  readDocument?(meetingId: string): ExportDocument | null;
}
