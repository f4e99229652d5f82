import type { Role } from '../../shared/roles';
import type { Db } from '../db/openDatabase';
import type { AdjustmentStore } from './adjustmentStore';
import type { AuditLog } from './auditLog';
import { sha256Hex } from './sha256Hex';

/**
 * What happens after every export: the audit log records it, and the
 * SHA-256 of an adjusted protocol's file is kept so that POST /api/verify
 * recognises the file later (exports of adjusted protocols are byte-stable).
 */
export function exportRecorder(db: Db, audit: AuditLog, store: AdjustmentStore) {
  return (event: { meetingId: string; role: Role; format: string; bytes: Uint8Array; adjusted: boolean }): void => {
    const sha256 = sha256Hex(event.bytes);
    db.transaction(() => {
      audit.record({ meetingId: event.meetingId, action: 'exported', role: event.role, actor: null, detail: { format: event.format, sha256, bytes: event.bytes.byteLength } });
      if (event.adjusted) store.recordExportHash(event.meetingId, event.format, sha256);
    });
  };
}
