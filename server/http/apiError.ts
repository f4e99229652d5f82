import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { RefusalReason } from '../../shared/adjustment/refusalReasons';
import type { ApiErrorBody, ApiErrorCode } from '../../shared/api/types';

/** Every error answer has the same shape: `{error: {code, message}}`. */
export function apiError(c: Context, status: ContentfulStatusCode, code: ApiErrorCode, message: string, reason?: RefusalReason) {
  const body: ApiErrorBody = { error: reason ? { code, message, reason } : { code, message } };
  return c.json(body, status);
}
