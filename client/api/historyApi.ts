import type { HistoryComparison, HistoryResponse, RestoreRequest, RestoreResponse } from '../../shared/api/history';
import type { StructuredProtocol } from '../../shared/protocol/types';
import { requestJson } from './requestJson';

const base = (meetingId: string) => `/api/meetings/${encodeURIComponent(meetingId)}`;

/** Secretary, chair and adjusters: the checkpoints and edits of the protocol, oldest first. */
export function getHistory(meetingId: string, signal?: AbortSignal): Promise<HistoryResponse> {
  return requestJson<HistoryResponse>(`${base(meetingId)}/history`, { signal });
}

/** The structured protocol as it stood at a checkpoint. */
export function getProtocolAt(meetingId: string, checkpointId: number, signal?: AbortSignal): Promise<StructuredProtocol> {
  return requestJson<StructuredProtocol>(`${base(meetingId)}/history/${checkpointId}/protocol`, { signal });
}

/** What changed between two points (update ids); `to` null: up to now. */
export function getComparison(meetingId: string, from: number, to: number | null, signal?: AbortSignal): Promise<HistoryComparison> {
  const query = new URLSearchParams({ from: String(from), ...(to === null ? {} : { to: String(to) }) });
  return requestJson<HistoryComparison>(`${base(meetingId)}/history/compare?${query.toString()}`, { signal });
}

/** Secretary, draft: brings the whole text, or one §, back as it was at a checkpoint (a new change everyone receives). */
export function restoreCheckpoint(meetingId: string, request: RestoreRequest): Promise<RestoreResponse> {
  return requestJson<RestoreResponse>(`${base(meetingId)}/restore`, { method: 'POST', body: request });
}
