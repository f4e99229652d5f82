import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ApiErrorBody, ApiErrorCode } from '../../shared/api/types';

/** Every error answer has the same shape: `{error: {code, message}}`. */
export function apiError(c: Context, status: ContentfulStatusCode, code: ApiErrorCode, message: string) {
  const body: ApiErrorBody = { error: { code, message } };
  return c.json(body, status);
}
