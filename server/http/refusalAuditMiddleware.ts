import type { MiddlewareHandler } from 'hono';
import type { ApiErrorBody } from '../../shared/api/types';
import type { RefusalAudit } from '../adjustment/refusalAudit';

/** Answers that say the caller may not do this here: a credential refused, an action not theirs, a locked meeting. */
function isRefusal(status: number, body: ApiErrorBody | null): boolean {
  return status === 401 || status === 403 || (status === 409 && body?.error.code === 'locked');
}

/** Writes each refusal of a request to a meeting's API (`/api/meetings/:id/…`) into that meeting's audit log. */
export function refusalAuditMiddleware(refusals: RefusalAudit): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const { status } = c.res;
    if (status !== 401 && status !== 403 && status !== 409) return;
    const meetingId = c.req.param('id');
    if (!meetingId) return;
    let body: ApiErrorBody | null = null;
    try {
      body = (await c.res.clone().json()) as ApiErrorBody;
    } catch {
      body = null;
    }
    if (!isRefusal(status, body)) return;
    const prefix = `/api/meetings/${encodeURIComponent(meetingId)}`;
    const tail = c.req.path.startsWith(prefix) ? c.req.path.slice(prefix.length) || '/' : c.req.path;
    refusals.record({
      meetingId,
      what: `${c.req.method} ${tail}`,
      status,
      reason: body?.error.reason ?? body?.error.code ?? null,
      message: body?.error.message ?? '',
    });
  };
}
