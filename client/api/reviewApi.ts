import type {
  ApproveRequest,
  AuditResponse,
  Correction,
  DeclineRequest,
  NewCorrectionRequest,
  NewRemarkRequest,
  Remark,
  RemarkListResponse,
  ResolveRemarkRequest,
  ReviewStatus,
} from '../../shared/adjustment/types';
import { requestJson } from './requestJson';

const base = (meetingId: string) => `/api/meetings/${encodeURIComponent(meetingId)}`;

export function getReviewStatus(meetingId: string, signal?: AbortSignal): Promise<ReviewStatus> {
  return requestJson<ReviewStatus>(`${base(meetingId)}/review`, { signal });
}

/** Secretary: draft → review (för justering). */
/** `author` only for a caller the server does not know (a role link); a known person is recorded under their own name. */
export function sendForReview(meetingId: string, author: string | undefined): Promise<ReviewStatus> {
  return requestJson<ReviewStatus>(`${base(meetingId)}/review`, { method: 'POST', body: { author } });
}

/** Secretary: review → draft, without a decline. */
export function withdrawReview(meetingId: string, author: string | undefined): Promise<ReviewStatus> {
  return requestJson<ReviewStatus>(`${base(meetingId)}/withdraw`, { method: 'POST', body: { author } });
}

/** The required approver in person (their personal invitation): approves as themselves; the last approval locks the protocol. */
export function approve(meetingId: string, request: ApproveRequest): Promise<ReviewStatus> {
  return requestJson<ReviewStatus>(`${base(meetingId)}/approve`, { method: 'POST', body: request });
}

/** Chair or adjuster: declines with a reason; the protocol goes back to draft. */
export function decline(meetingId: string, request: DeclineRequest): Promise<ReviewStatus> {
  return requestJson<ReviewStatus>(`${base(meetingId)}/decline`, { method: 'POST', body: request });
}

export function listRemarks(meetingId: string, signal?: AbortSignal): Promise<RemarkListResponse> {
  return requestJson<RemarkListResponse>(`${base(meetingId)}/remarks`, { signal });
}

export function addRemark(meetingId: string, request: NewRemarkRequest): Promise<Remark> {
  return requestJson<Remark>(`${base(meetingId)}/remarks`, { method: 'POST', body: request });
}

export function resolveRemark(meetingId: string, remarkId: number, request: ResolveRemarkRequest): Promise<Remark> {
  return requestJson<Remark>(`${base(meetingId)}/remarks/${remarkId}/resolve`, { method: 'POST', body: request });
}

/** Secretary, adjusted protocols only: appends a rättelse. */
export function addCorrection(meetingId: string, request: NewCorrectionRequest): Promise<Correction> {
  return requestJson<Correction>(`${base(meetingId)}/corrections`, { method: 'POST', body: request });
}

/** Secretary: the audit log. */
export function getAudit(meetingId: string, signal?: AbortSignal): Promise<AuditResponse> {
  return requestJson<AuditResponse>(`${base(meetingId)}/audit`, { signal });
}
