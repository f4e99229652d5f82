import type { AdjustmentRecord, Correction } from '../../shared/adjustment/types';
import type { ExportResult } from '../export/exportMessages';
import type { SealedFile } from './sealedPdfStore';
import type { SealedProtocolPdf } from './sealedProtocolPdf';

/** An adjusted meeting as the exports read it: its lock, its corrections, and how to render its PDF. */
export interface AdjustedForSealing {
  adjustment: AdjustmentRecord;
  corrections: Correction[];
  renderPdf(): Promise<ExportResult>;
}

/**
 * The sealed PDF of the meeting's current state (as adjusted, or after its
 * last correction), signed at the time of that state: the same file whether
 * it is first made at the lock or by a later download.
 */
export function sealedPdfOf(sealed: SealedProtocolPdf, meetingId: string, meeting: AdjustedForSealing): Promise<SealedFile> {
  const last = meeting.corrections.at(-1);
  const signedAt = new Date(last ? last.at : meeting.adjustment.adjustedAt);
  return sealed.get({ meetingId, corrections: meeting.corrections.length, signedAt }, async () => {
    const { bytes, meeting: named } = await meeting.renderPdf();
    if (!bytes) throw new Error(`the adjusted PDF of ${meetingId} rendered empty`);
    return { bytes, meeting: named };
  });
}
