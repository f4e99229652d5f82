import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/**
 * Codes of the refusals the HTTP edge answers before any route runs, in the
 * API's error shape. They belong in ApiErrorCode (shared/api/types.ts) once
 * the client words them; until then they are kept here.
 */
export type EdgeErrorCode = 'forbidden_origin' | 'rate_limited' | 'too_many_connections';

export interface EdgeErrorBody {
  error: { code: EdgeErrorCode; message: string };
}

/** A refusal of the edge: `{error: {code, message}}` like every API error, with extra headers such as Retry-After. */
export function edgeError(c: Context, status: ContentfulStatusCode, code: EdgeErrorCode, message: string, headers: Record<string, string> = {}) {
  const body: EdgeErrorBody = { error: { code, message } };
  return c.json(body, status, headers);
}
