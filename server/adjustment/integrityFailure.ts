import { Refusal } from './refusal';

/**
 * An adjusted protocol whose stored bytes no longer hash to the SHA-256 its
 * lock stored: altered or damaged since, so it is refused rather than served
 * as the adjusted protocol (500 `integrity_failed`).
 */
export class IntegrityFailure extends Refusal {
  constructor(readonly meetingId: string) {
    super(
      500,
      'integrity_failed',
      `The adjusted protocol of meeting ${meetingId} failed its integrity check: the stored bytes no longer match the SHA-256 recorded when it was locked, so it is not served. Restore the database from a backup.`,
    );
  }
}
