import type { LockIntegrity } from '../../shared/adjustment/types';
import { createLogger, type Logger } from '../logger';
import { IntegrityFailure } from './integrityFailure';
import { sha256Hex } from './sha256Hex';

/** What a lock stored: the final bytes and the protocol JSON, each with its SHA-256. */
export interface StoredLock {
  meetingId: string;
  data: Uint8Array;
  sha256: string;
  protocolJson: string;
  protocolSha256: string;
}

/**
 * Hashes a lock's stored bytes again on every read and logs an error for
 * each mismatch. Not cached: hashing a few hundred KB costs well under a
 * millisecond, less than reading the row.
 */
export class LockIntegrityCheck {
  // Errors only until the server passes its configured logger: a damaged lock must not go unlogged.
  constructor(private readonly log: Logger = createLogger('error', 'integrity')) {}

  check(lock: StoredLock): LockIntegrity {
    const sha256 = sha256Hex(lock.data);
    const protocolSha256 = sha256Hex(lock.protocolJson);
    if (sha256 === lock.sha256 && protocolSha256 === lock.protocolSha256) return 'ok';
    this.log.error('adjusted protocol failed its integrity check: stored bytes do not match the SHA-256 of the lock', {
      meetingId: lock.meetingId,
      bytes: lock.data.byteLength,
      storedSha256: lock.sha256,
      actualSha256: sha256,
      storedProtocolSha256: lock.protocolSha256,
      actualProtocolSha256: protocolSha256,
    });
    return 'mismatch';
  }

  /** Throws IntegrityFailure on a mismatch. */
  ensure(lock: StoredLock): void {
    if (this.check(lock) === 'mismatch') throw new IntegrityFailure(lock.meetingId);
  }
}
