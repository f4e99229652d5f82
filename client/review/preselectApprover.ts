import type { ApproverRole, ReviewStatus } from '../../shared/adjustment/types';
import { normalizeName } from '../identity/displayNameStorage';

type Required = ReviewStatus['required'][number];

const sameName = (a: string, b: string) => normalizeName(a).toLocaleLowerCase('sv') === normalizeName(b).toLocaleLowerCase('sv');

/** The required approvers an invite of `role` can approve as: invites are per role, not per person. */
export function approversOfRole(required: readonly Required[], role: ApproverRole): Required[] {
  return required.filter((approver) => approver.role === role);
}

/**
 * Whom the picker starts on: the approver of the caller's role whose name is
 * the caller's display name, even when they have already approved (so nobody
 * approves twice by accident), else the first pending one of that role; null
 * when nobody fits.
 */
export function preselectApprover(required: readonly Required[], role: ApproverRole, displayName: string): string | null {
  const ofRole = approversOfRole(required, role);
  const own = ofRole.find((approver) => sameName(approver.name, displayName));
  return (own ?? ofRole.find((approver) => approver.approval === null))?.name ?? null;
}
