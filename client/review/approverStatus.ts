import type { ReviewStatus } from '../../shared/adjustment/types';

export type ApproverStatus = { kind: 'waiting' } | { kind: 'approved' | 'declined'; at: string };

/** Where one required approver stands in the current round. */
export function approverStatus(approver: ReviewStatus['required'][number]): ApproverStatus {
  const { approval } = approver;
  if (!approval) return { kind: 'waiting' };
  return { kind: approval.decision, at: approval.at };
}
