import type { ApiErrorBody, ApiErrorCode } from '../../shared/api/types';
import { isRefusalReason } from '../../shared/adjustment/refusalReasons';
import { ApiError } from './ApiError';

function isApiErrorBody(value: unknown): value is ApiErrorBody {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const error: unknown = value.error;
  return (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    'message' in error &&
    typeof error.code === 'string' &&
    typeof error.message === 'string'
  );
}

const CODE_BY_STATUS: Record<number, ApiErrorCode> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'payload_too_large',
};

/** The error of a non-2xx answer: the server's `{error}` body, else the HTTP status. */
export function parseApiError(status: number, statusText: string, body: unknown): ApiError {
  if (isApiErrorBody(body)) {
    const { reason } = body.error;
    return new ApiError(status, body.error.code, body.error.message, isRefusalReason(reason) ? reason : undefined);
  }
  return new ApiError(status, CODE_BY_STATUS[status] ?? 'internal', statusText || `HTTP ${status}`);
}
