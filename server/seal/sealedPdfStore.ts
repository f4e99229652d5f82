import { and, eq } from 'drizzle-orm';
import type { StructuredProtocol } from '../../shared/protocol/types';
import type { Db } from '../db/openDatabase';
import { sealedPdfs } from '../db/schema';

/** One sealed file and the meeting as its document had it (the download is named after it). */
export interface SealedFile {
  bytes: Uint8Array;
  meeting: StructuredProtocol['meeting'];
}

/** The sealed PDFs of adjusted protocols, stored once (triggers refuse changes). */
export class SealedPdfStore {
  constructor(private readonly db: Db) {}

  find(meetingId: string, corrections: number): SealedFile | null {
    const row = this.db
      .select({ data: sealedPdfs.data, meeting: sealedPdfs.meeting })
      .from(sealedPdfs)
      .where(and(eq(sealedPdfs.meetingId, meetingId), eq(sealedPdfs.corrections, corrections)))
      .get();
    return row ? { bytes: new Uint8Array(row.data), meeting: row.meeting } : null;
  }

  /** Keeps the first file stored for this state; one made meanwhile by another process is dropped and the first answered. */
  insertOnce(meetingId: string, corrections: number, file: SealedFile, sha256: string): SealedFile {
    const { bytes, meeting } = file;
    this.db
      .insert(sealedPdfs)
      .values({ meetingId, corrections, data: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), sha256, meeting })
      .onConflictDoNothing()
      .run();
    const stored = this.find(meetingId, corrections);
    if (!stored) throw new Error(`sealed PDF of ${meetingId} missing after insert`);
    return stored;
  }
}
