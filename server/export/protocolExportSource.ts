import type { AdjustmentRecord, Correction } from '../../shared/adjustment/types';
import type { ProtocolReader } from '../protocol/protocolReader';
import type { ExportDocument, ExportInput, ExportSource } from './exportInput';

/** Where the lock and the corrections of a meeting are read from (the adjustment store). */
export interface AdjustmentReader {
  adjustment(meetingId: string): AdjustmentRecord | null;
  corrections(meetingId: string): Correction[];
}

/**
 * Export input from the stored document (with blocks for layout) and, when
 * given a reader, the adjustment and corrections; without one every
 * protocol exports as a draft.
 */
export class ProtocolExportSource implements ExportSource {
  constructor(
    private readonly protocols: ProtocolReader,
    private readonly adjustments: AdjustmentReader | null = null,
  ) {}

  read(meetingId: string): ExportInput | null {
    const protocol = this.protocols.read(meetingId, { blocks: true });
    if (!protocol) return null;
    return { protocol, ...this.adjustmentOf(meetingId, protocol.meeting.state === 'adjusted') };
  }

  readDocument(meetingId: string): ExportDocument | null {
    const stored = this.protocols.readStored(meetingId);
    if (!stored) return null;
    return { ...stored, ...this.adjustmentOf(meetingId, stored.record.state === 'adjusted') };
  }

  private adjustmentOf(meetingId: string, adjusted: boolean): Pick<ExportInput, 'adjustment' | 'corrections'> {
    const adjustment = adjusted ? (this.adjustments?.adjustment(meetingId) ?? null) : null;
    return { adjustment, corrections: adjustment ? (this.adjustments?.corrections(meetingId) ?? []) : [] };
  }
}
