import type { MessageKey } from '../i18n/messageKey';

export interface ApprovalSyncFacts {
  /** The socket is open and the last sync exchange completed. */
  synced: boolean;
  hasUnsent: boolean;
}

/**
 * Why this browser must not approve yet, or null. Approving a copy that lacks
 * the server's text, or holds text the server lacks, would sign something
 * other than what gets locked; the server refuses that too (409).
 */
export function approvalBlocker(facts: ApprovalSyncFacts): MessageKey | null {
  if (!facts.synced) return 'review.approve.notSynced';
  if (facts.hasUnsent) return 'review.approve.unsent';
  return null;
}
