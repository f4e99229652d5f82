import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { EdgeErrorCode } from '../../shared/api/types';

export interface EdgeErrorBody {
  error: { code: EdgeErrorCode; message: string };
}

/** A refusal of the edge: `{error: {code, message}}` like every API error, with extra headers such as Retry-After. */
export function edgeError(c: Context, status: ContentfulStatusCode, code: EdgeErrorCode, message: string, headers: Record<string, string> = {}) {
  const body: EdgeErrorBody = { error: { code, message } };
  return c.json(body, status, headers);
}
